// clientele-generate-xero LINES OUT.csv [SEED]: writes a realistic Xero invoice export.
#include "xerogenerator.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "Usage: %s LINES OUT.csv [SEED]\n", argv[0]);
        return 1;
    }
    const long long lines = std::atoll(argv[1]);
    const unsigned long long seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    const auto bytes = clientele::bench::writeXeroInvoices(argv[2], lines, seed);
    if (bytes < 0) {
        std::fprintf(stderr, "error: cannot write %s\n", argv[2]);
        return 2;
    }
    std::printf("%lld lines, %lld bytes written to %s\n", lines, static_cast<long long>(bytes),
                argv[2]);
    return 0;
}
