// handlebars.js's WhitespaceControl visitor, rule for rule: standalone lines
// (blocks, `{{else}}`, partials, comments alone on their line) and `~` stripping.

#include "jstext.h"
#include "parser.h"

#include <optional>

namespace sendivent::hbs::detail {

namespace {

struct WsStrip
{
    bool open = false;
    bool close = false;
    bool openStandalone = false;
    bool closeStandalone = false;
    bool inlineStandalone = false;
};

// Does the run of JS whitespace at the end of s contain a '\n' (or, when wholeOk, is
// s entirely whitespace)? That is /\r?\n\s*?$/ resp. /(^|\r?\n)\s*?$/.
bool trailingBreak(std::string_view s, bool wholeOk)
{
    std::size_t end = s.size();
    while (end > 0) {
        const std::size_t len = jsSpaceBefore(s, end);
        if (!len)
            return false;
        if (s[end - 1] == '\n')
            return true;
        end -= len;
    }
    return wholeOk;
}

// /^\s*?\r?\n/ resp. /^\s*?(\r?\n|$)/.
bool leadingBreak(std::string_view s, bool wholeOk)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t len = jsSpaceAt(s, pos);
        if (!len)
            return false;
        if (s[pos] == '\n')
            return true;
        pos += len;
    }
    return wholeOk;
}

using Body = std::vector<Statement>;

bool isPrevWhitespace(const Body &body, std::optional<std::size_t> index, bool isRoot)
{
    const std::size_t i = index ? *index : body.size();
    if (i == 0)
        return isRoot;
    const Statement &prev = body[i - 1];
    const bool sibling = i >= 2;
    if (prev.kind != StmtKind::Content)
        return false;
    return trailingBreak(prev.original, !(sibling || !isRoot));
}

bool isNextWhitespace(const Body &body, std::optional<std::size_t> index, bool isRoot)
{
    const std::size_t next = index ? *index + 1 : 0;
    if (next >= body.size())
        return isRoot;
    const Statement &stmt = body[next];
    const bool sibling = next + 1 < body.size();
    if (stmt.kind != StmtKind::Content)
        return false;
    return leadingBreak(stmt.original, !(sibling || !isRoot));
}

void omitRight(Body &body, std::optional<std::size_t> index, bool multiple = false)
{
    const std::size_t at = index ? *index + 1 : 0;
    if (at >= body.size())
        return;
    Statement &current = body[at];
    if (current.kind != StmtKind::Content || (!multiple && current.rightStripped))
        return;
    std::string &v = current.value;
    std::size_t cut = 0;
    if (multiple) {
        while (const std::size_t len = jsSpaceAt(v, cut))
            cut += len;
    } else {
        while (cut < v.size() && (v[cut] == ' ' || v[cut] == '\t'))
            ++cut;
        if (cut < v.size() && v[cut] == '\r')
            ++cut;
        if (cut < v.size() && v[cut] == '\n')
            ++cut;
    }
    v.erase(0, cut);
    current.rightStripped = cut > 0;
}

bool omitLeft(Body &body, std::optional<std::size_t> index, bool multiple = false)
{
    if (body.empty())
        return false;
    const std::size_t at = index ? *index - 1 : body.size() - 1;
    if (index && *index == 0)
        return false;
    Statement &current = body[at];
    if (current.kind != StmtKind::Content || (!multiple && current.leftStripped))
        return false;
    std::string &v = current.value;
    std::size_t end = v.size();
    if (multiple) {
        while (const std::size_t len = jsSpaceBefore(v, end))
            end -= len;
    } else {
        while (end > 0 && (v[end - 1] == ' ' || v[end - 1] == '\t'))
            --end;
    }
    const bool changed = end != v.size();
    v.erase(end);
    current.leftStripped = changed;
    return changed;
}

class WhitespaceControl final
{
public:
    void program(Program &program)
    {
        const bool isRoot = !m_rootSeen;
        m_rootSeen = true;
        Body &body = program.body;
        for (std::size_t i = 0; i < body.size(); ++i) {
            Statement &current = body[i];
            const std::optional<WsStrip> strip = accept(current);
            if (!strip)
                continue;
            const bool prevWs = isPrevWhitespace(body, i, isRoot);
            const bool nextWs = isNextWhitespace(body, i, isRoot);
            const bool openStandalone = strip->openStandalone && prevWs;
            const bool closeStandalone = strip->closeStandalone && nextWs;
            const bool inlineStandalone = strip->inlineStandalone && prevWs && nextWs;

            if (strip->close)
                omitRight(body, i, true);
            if (strip->open)
                omitLeft(body, i, true);

            if (inlineStandalone) {
                omitRight(body, i);
                if (omitLeft(body, i) && current.kind == StmtKind::Partial) {
                    const std::string &prev = body[i - 1].original;
                    std::size_t b = prev.size();
                    while (b > 0 && (prev[b - 1] == ' ' || prev[b - 1] == '\t'))
                        --b;
                    current.indent = prev.substr(b);
                }
            }
            if (openStandalone) {
                Program *p = current.program ? current.program.get() : current.inverse.get();
                omitRight(p->body, std::nullopt);
                omitLeft(body, i);
            }
            if (closeStandalone) {
                omitRight(body, i);
                Program *p = current.inverse ? current.inverse.get() : current.program.get();
                omitLeft(p->body, std::nullopt);
            }
        }
    }

private:
    std::optional<WsStrip> accept(Statement &s)
    {
        switch (s.kind) {
        case StmtKind::Content:
            return std::nullopt;
        case StmtKind::Mustache:
        case StmtKind::Decorator:
            return WsStrip{s.strip.open, s.strip.close, false, false, false};
        case StmtKind::Partial:
        case StmtKind::Comment:
            return WsStrip{s.strip.open, s.strip.close, false, false, true};
        case StmtKind::Block:
        case StmtKind::DecoratorBlock:
        case StmtKind::PartialBlock:
            return block(s);
        }
        return std::nullopt;
    }

    WsStrip block(Statement &block)
    {
        if (block.program)
            this->program(*block.program);
        if (block.inverse)
            this->program(*block.inverse);

        Program *program = block.program ? block.program.get() : block.inverse.get();
        Program *inverse = block.program ? block.inverse.get() : nullptr;
        Program *firstInverse = inverse;
        Program *lastInverse = inverse;
        if (inverse && inverse->chained) {
            firstInverse = inverse->body[0].program.get();
            while (lastInverse->chained)
                lastInverse = lastInverse->body.back().program.get();
        }

        WsStrip strip;
        strip.open = block.openStrip.open;
        strip.close = block.closeStrip.close;
        strip.openStandalone = isNextWhitespace(program->body, std::nullopt, false);
        strip.closeStandalone = isPrevWhitespace((firstInverse ? firstInverse : program)->body,
                                                 std::nullopt, false);

        if (block.openStrip.close)
            omitRight(program->body, std::nullopt, true);

        if (inverse) {
            const StripFlags inverseStrip = block.inverseStrip;
            if (inverseStrip.open)
                omitLeft(program->body, std::nullopt, true);
            if (inverseStrip.close)
                omitRight(firstInverse->body, std::nullopt, true);
            if (block.closeStrip.open)
                omitLeft(lastInverse->body, std::nullopt, true);
            if (isPrevWhitespace(program->body, std::nullopt, false)
                && isNextWhitespace(firstInverse->body, std::nullopt, false)) {
                omitLeft(program->body, std::nullopt);
                omitRight(firstInverse->body, std::nullopt);
            }
        } else if (block.closeStrip.open) {
            omitLeft(program->body, std::nullopt, true);
        }
        return strip;
    }

    bool m_rootSeen = false;
};

} // namespace

void applyWhitespaceControl(Program &root)
{
    WhitespaceControl().program(root);
}

} // namespace sendivent::hbs::detail
