// SPDX-License-Identifier: BSL-1.0
// Harness sanity (must be reported as failing): the misuse fails, but not with the expected message.
// expect: sanity: a message the compiler never prints
#ifdef SEQUEL_MISUSE
static_assert(sizeof(char) == 2, "sanity: some other message");
#endif
int main() {}
