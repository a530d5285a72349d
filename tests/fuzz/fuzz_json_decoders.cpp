// The libFuzzer entry point of JsonDecoderFuzzer; built by tests/fuzz/libfuzzer with clang.

#include "JsonDecoderFuzzer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    JsonDecoderFuzzer::run(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
