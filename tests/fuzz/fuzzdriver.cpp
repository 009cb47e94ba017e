// Replays a fuzz target's corpus and a few thousand deterministic mutations of it, so that
// the default (gcc) build runs every fuzz target in ctest for a few seconds. The real fuzzer
// is libFuzzer in the `fuzz` preset (docs/reliability.md); this file is not linked there.
//
// usage: fuzz_<target> CORPUS_DIR [MUTATIONS]

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

class Random // xorshift64*: the same mutations on every run and every machine
{
public:
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(next() % n); }

private:
    std::uint64_t m_state = 0x9E3779B97F4A7C15ULL;
};

// Pieces that matter to the parsers under test: line and page breaks, markup, numbering,
// hyphens, bullets, broken UTF-8.
const std::vector<std::string> tokens = {
    "\n", "\n\n", "\f", "\t", " ", "-\n", "1. ", "1.1 ", "2.4 ", "01: ", "\xE2\x80\xA2 ", "\xEF\x82\xB7", "\xC3", "\xFF\xFE",
    "\xEF\xBB\xBF", "<", ">", "</p>", "<p>", "<h2>", "</h2>", "<script>", "<br>", "&amp;", "&#", "<![CDATA[", "<!--", "-->",
    "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:pStyle w:val=\"Heading1\"/>", "<text:h text:outline-level=\"2\">", "</text:h>",
    "<text:s text:c=\"99999\"/>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "# ", "## ", "**", "[x](y)", "Page 3 of 9",
};

void mutate(Bytes &b, const std::vector<Bytes> &corpus, Random &random)
{
    const std::size_t steps = 1 + random.below(4);
    for (std::size_t s = 0; s < steps; ++s) {
        switch (random.below(7)) {
        case 0: // flip a bit
            if (!b.empty())
                b[random.below(b.size())] ^= std::uint8_t(1u << random.below(8));
            break;
        case 1: // any byte
            if (!b.empty())
                b[random.below(b.size())] = std::uint8_t(random.next());
            break;
        case 2: { // insert random bytes
            const std::size_t at = random.below(b.size() + 1);
            const std::size_t n = 1 + random.below(8);
            for (std::size_t i = 0; i < n; ++i)
                b.insert(b.begin() + std::ptrdiff_t(at), std::uint8_t(random.next()));
            break;
        }
        case 3: { // delete a range
            if (b.empty())
                break;
            const std::size_t at = random.below(b.size());
            const std::size_t n = std::min(b.size() - at, 1 + random.below(64));
            b.erase(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
            break;
        }
        case 4: { // repeat a chunk
            if (b.empty())
                break;
            const std::size_t at = random.below(b.size());
            const std::size_t n = std::min(b.size() - at, 1 + random.below(32));
            const Bytes chunk(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
            const std::size_t times = 1 + random.below(64);
            for (std::size_t i = 0; i < times; ++i)
                b.insert(b.begin() + std::ptrdiff_t(at), chunk.begin(), chunk.end());
            break;
        }
        case 5: { // splice in part of another input
            const Bytes &other = corpus[random.below(corpus.size())];
            if (other.empty())
                break;
            const std::size_t from = random.below(other.size());
            const std::size_t n = std::min(other.size() - from, 1 + random.below(256));
            b.insert(b.begin() + std::ptrdiff_t(random.below(b.size() + 1)), other.begin() + std::ptrdiff_t(from),
                     other.begin() + std::ptrdiff_t(from + n));
            break;
        }
        default: { // a token
            const std::string &t = tokens[random.below(tokens.size())];
            b.insert(b.begin() + std::ptrdiff_t(random.below(b.size() + 1)), t.begin(), t.end());
            break;
        }
        }
    }
    constexpr std::size_t maxSize = 256 * 1024;
    if (b.size() > maxSize)
        b.resize(maxSize);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS]\n", argv[0]);
        return 2;
    }
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 2000;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1])) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Bytes> corpus;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: the corpus folder %s is empty\n", argv[0], argv[1]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    for (const Bytes &input : corpus)
        LLVMFuzzerTestOneInput(input.data(), input.size());
    Random random;
    for (long i = 0; i < mutations; ++i) {
        Bytes input = corpus[random.below(corpus.size())];
        mutate(input, corpus, random);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu corpus inputs and %ld mutations ran in %lld ms without a crash\n", corpus.size(), mutations,
                static_cast<long long>(ms));
    return 0;
}
