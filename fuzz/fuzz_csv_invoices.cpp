#include "fuzzentries.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace clientele::fuzz;
    require(fuzzCsvInvoices(bytesOf(data, size)));
    return 0;
}
