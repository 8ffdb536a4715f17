// clientele-generate-xero LINES OUT.csv [SEED] [wide|lean]: writes a realistic Xero invoice
// export, with all 44 columns (wide, the default) or 26 (lean).
#include "xerogenerator.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "Usage: %s LINES OUT.csv [SEED] [wide|lean]\n", argv[0]);
        return 1;
    }
    const long long lines = std::atoll(argv[1]);
    const unsigned long long seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    const bool lean = argc > 4 && std::string(argv[4]) == "lean";
    const auto bytes = clientele::bench::writeXeroInvoices(
        argv[2], lines, seed, 2000,
        lean ? clientele::bench::ExportShape::Lean : clientele::bench::ExportShape::Wide);
    if (bytes < 0) {
        std::fprintf(stderr, "error: cannot write %s\n", argv[2]);
        return 2;
    }
    std::printf("%lld lines, %lld bytes written to %s\n", lines, static_cast<long long>(bytes),
                argv[2]);
    return 0;
}
