// SPDX-License-Identifier: BSL-1.0
// Harness sanity (must pass): the misuse fails with the expected message. Together with the two
// cases below it shows the checker tells a right message from a wrong one.
// expect: sanity: a deliberate misuse
#ifdef SEQUEL_MISUSE
static_assert(sizeof(char) == 2, "sanity: a deliberate misuse");
#endif
int main() {}
