#pragma once

#include <QByteArrayView>

// The fuzz target of the JSON codecs of sync/protocol/json: every body the client (or the portal)
// decodes comes from the network, so no byte sequence may crash a decoder, and whatever a decoder
// accepts must survive its own encoder unchanged.
//
// run() parses the bytes as the client does (JsonReader::parseObject) and hands the object, and
// each object in its "items" array (the list answers), to every decoder. When a decoder accepts,
// its value is encoded, decoded again (from the object and from the JSON text) and compared;
// when it refuses, the error must name a reason, a field and a message. A broken promise prints
// what happened to stderr and calls abort(), which libFuzzer and the corpus test report as a crash.
//
// Linked into two programs: the libFuzzer target built with clang and the sanitizers
// (tests/fuzz/libfuzzer), and a plain program that runs given files
// (tests/fuzz/run_fuzz_corpus.cpp).
class JsonDecoderFuzzer
{
public:
    JsonDecoderFuzzer() = delete;

    static void run(QByteArrayView data);
};
