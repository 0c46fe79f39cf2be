// SPDX-License-Identifier: BSL-1.0
// Harness sanity (must be reported as failing): the misuse branch compiles fine.
// expect: sanity: a deliberate misuse
#ifdef SEQUEL_MISUSE
static_assert(sizeof(char) == 1, "sanity: a deliberate misuse");
#endif
int main() {}
