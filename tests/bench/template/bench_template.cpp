// Renders the 5 KB order-confirmation email (50-item loop) with the engine, many times,
// and prints renders per second (median of several timed batches) on one thread.
//
//   bench_template [TEMPLATE.hbs DATA.json] [--seconds S]

#include "template/handlebars.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace sendivent;

static std::string readFile(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path);
        std::exit(1);
    }
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

int main(int argc, char **argv)
{
    std::string templatePath = SENDIVENT_BENCH_DIR "/order-confirmation.hbs";
    std::string dataPath = SENDIVENT_BENCH_DIR "/order-data.json";
    double seconds = 0.5;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
            seconds = std::atof(argv[++i]);
        else
            positional.emplace_back(argv[i]);
    }
    if (positional.size() == 2) {
        templatePath = positional[0];
        dataPath = positional[1];
    }
    const std::string source = readFile(templatePath.c_str());
    const hbs::Json data = hbs::Json::parse(readFile(dataPath.c_str()));
    const auto compiled = hbs::Template::compile(source);
    if (!compiled) {
        std::fprintf(stderr, "%s\n", compiled.error().toString().c_str());
        return 1;
    }
    const hbs::Template tpl = compiled.value();
    const hbs::Partials partials;
    std::size_t bytes = 0;
    for (int i = 0; i < 200; ++i) // warm up
        bytes = tpl.render(data, partials, hbs::Escaping::Html).value().size();

    using Clock = std::chrono::steady_clock;
    std::vector<double> rates;
    for (int batch = 0; batch < 7; ++batch) {
        std::size_t renders = 0;
        const auto start = Clock::now();
        const auto until = start + std::chrono::duration<double>(seconds);
        auto now = start;
        while (now < until) {
            for (int i = 0; i < 50; ++i) {
                const auto r = tpl.render(data, partials, hbs::Escaping::Html);
                bytes = r.value().size();
            }
            renders += 50;
            now = Clock::now();
        }
        rates.push_back(static_cast<double>(renders) / std::chrono::duration<double>(now - start).count());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("{\"engine\":\"sendivent\",\"templateBytes\":%zu,\"outputBytes\":%zu,"
                "\"rendersPerSecond\":%.0f,\"min\":%.0f,\"max\":%.0f}\n",
                source.size(), bytes, rates[rates.size() / 2], rates.front(), rates.back());
    return 0;
}
