// Prints the JS<->C++ contract (core/contract.h) as JSON, for the build to
// write into the page and its script.
#include <cstdio>

#include "core/contract.h"

int main() {
    std::puts(dotlab::contract_json().c_str());
    return 0;
}
