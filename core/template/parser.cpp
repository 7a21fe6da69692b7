#include "parser.h"

#include "jstext.h"
#include "lexer.h"

#include <deque>

namespace sendivent::hbs::detail {

namespace {

StripFlags stripFlags(std::string_view open, std::string_view close)
{
    StripFlags f;
    f.open = open.size() > 2 && open[2] == '~';
    f.close = close.size() >= 3 && close[close.size() - 3] == '~';
    return f;
}

// handlebars.js's id(): strips the brackets of a `[literal]` segment (its regex's `.`
// does not cross line terminators, so a multi-line literal keeps them).
std::string idOf(const std::string &token)
{
    if (token.size() >= 2 && token.front() == '[' && token.back() == ']') {
        for (std::size_t i = 1; i + 1 < token.size(); ++i) {
            const char c = token[i];
            if (c == '\n' || c == '\r')
                return token;
            if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < token.size()
                && static_cast<unsigned char>(token[i + 1]) == 0x80
                && (static_cast<unsigned char>(token[i + 2]) == 0xA8
                    || static_cast<unsigned char>(token[i + 2]) == 0xA9))
                return token;
        }
        return token.substr(1, token.size() - 2);
    }
    return token;
}

// A JS value's identity for validateClose(): type plus printed value.
std::string closeKey(const Expr &e)
{
    switch (e.kind) {
    case ExprKind::Path: return "s" + e.original;
    case ExprKind::String: return "s" + e.literal.get<std::string>();
    case ExprKind::Number: return "n" + jsNumberToString(e.literal.get<double>());
    case ExprKind::Boolean: return e.literal.get<bool>() ? "btrue" : "bfalse";
    case ExprKind::Undefined: return "u";
    case ExprKind::Null: return "z";
    case ExprKind::SubExpr: return "x"; // original is undefined: never equal to a close
    }
    return {};
}

std::string printable(const Expr &e)
{
    const std::string key = closeKey(e);
    if (e.kind == ExprKind::Undefined)
        return "undefined";
    if (e.kind == ExprKind::Null)
        return "null";
    if (e.kind == ExprKind::SubExpr)
        return "undefined";
    return key.substr(1);
}

struct InverseChain
{
    StripFlags strip;
    std::unique_ptr<Program> program;
    bool chain = false;
    bool present = false;
};

struct CloseBlock
{
    std::unique_ptr<Expr> path;
    StripFlags strip;
};

class Parser final
{
public:
    explicit Parser(std::string_view source) : m_lexer(source) {}

    std::unique_ptr<Program> parseRoot()
    {
        auto program = parseProgram();
        if (cur().type != Tok::Eof)
            unexpected("EOF");
        return program;
    }

private:
    const Token &cur() { return ahead(0); }
    const Token &ahead(std::size_t i)
    {
        while (m_ahead.size() <= i)
            m_ahead.push_back(m_lexer.next());
        return m_ahead[i];
    }
    Token advance()
    {
        Token t = cur();
        m_ahead.pop_front();
        return t;
    }
    [[noreturn]] void fail(std::size_t offset, std::string message)
    {
        throw ParseFailure{offset, std::move(message)};
    }
    static const char *describe(Tok type)
    {
        switch (type) {
        case Tok::Close: return "'}}'";
        case Tok::CloseUnescaped: return "'}}}'";
        case Tok::CloseSexpr: return "')'";
        case Tok::CloseRawBlock: return "'}}}}'";
        case Tok::CloseBlockParams: return "'|'";
        case Tok::OpenEndBlock: return "a closing '{{/...}}'";
        case Tok::EndRawBlock: return "a closing '{{{{/...}}}}'";
        case Tok::Id: return "a name";
        case Tok::Eof: return "the end of the template";
        default: return tokenName(type);
        }
    }
    [[noreturn]] void unexpected(const char *expected)
    {
        const Token &t = cur();
        if (t.type == Tok::LexError)
            fail(t.begin, "unrecognized text");
        std::string got;
        if (t.type == Tok::Eof)
            got = "the end of the template";
        else if (t.type == Tok::Content)
            got = "text";
        else
            got = "'" + (t.text.size() > 30 ? t.text.substr(0, 30) + "..." : t.text) + "'";
        fail(t.begin, std::string("expected ") + expected + ", found " + got);
    }
    Token expect(Tok type)
    {
        if (cur().type != type)
            unexpected(describe(type));
        return advance();
    }
    // A block still open at the end of the template is reported where it opened.
    void expectClose(const Expr &open, std::size_t openBegin)
    {
        if (cur().type == Tok::Eof)
            fail(openBegin, "unclosed block: missing {{/" + printable(open) + "}}");
    }
    void enter(std::size_t offset)
    {
        if (++m_nesting > kMaxParseNesting)
            fail(offset, "nesting too deep (more than " + std::to_string(kMaxParseNesting) + " levels)");
    }
    void leave() { --m_nesting; }

    static bool startsParam(Tok t)
    {
        switch (t) {
        case Tok::Id: case Tok::Data: case Tok::String: case Tok::Number: case Tok::Boolean:
        case Tok::Undefined: case Tok::Null: case Tok::OpenSexpr:
            return true;
        default:
            return false;
        }
    }

    std::unique_ptr<Program> parseProgram()
    {
        auto program = std::make_unique<Program>();
        for (;;) {
            switch (cur().type) {
            case Tok::Content: {
                Token t = advance();
                Statement s;
                s.kind = StmtKind::Content;
                s.begin = t.begin;
                s.original = t.text;
                s.value = std::move(t.text);
                program->body.push_back(std::move(s));
                break;
            }
            case Tok::Comment: {
                Token t = advance();
                Statement s;
                s.kind = StmtKind::Comment;
                s.begin = t.begin;
                s.strip = stripFlags(t.text, t.text);
                program->body.push_back(std::move(s));
                break;
            }
            case Tok::Open:
            case Tok::OpenUnescaped:
                program->body.push_back(parseMustache());
                break;
            case Tok::OpenBlock:
            case Tok::OpenInverse:
                program->body.push_back(parseBlock());
                break;
            case Tok::OpenRawBlock:
                program->body.push_back(parseRawBlock());
                break;
            case Tok::OpenPartial:
            case Tok::OpenPartialBlock:
                program->body.push_back(parsePartial());
                break;
            default:
                return program;
            }
        }
    }

    std::unique_ptr<Expr> parsePath(bool data, std::size_t begin)
    {
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::Path;
        e->data = data;
        e->begin = begin;
        e->original = data ? "@" : "";
        bool first = true;
        for (;;) {
            const Token t = expect(Tok::Id);
            const std::string part = idOf(t.text);
            const bool isLiteral = part != t.text;
            e->original += part;
            if (!isLiteral && (part == ".." || part == "." || part == "this")) {
                if (!e->parts.empty())
                    fail(begin, "Invalid path: " + e->original);
                if (part == "..")
                    ++e->depth;
            } else {
                e->parts.push_back(part);
            }
            first = false;
            if (cur().type != Tok::Sep)
                break;
            e->original += advance().text;
        }
        (void)first;
        return e;
    }

    std::unique_ptr<Expr> parseHelperName()
    {
        const Token &t = cur();
        auto literal = [&](ExprKind kind, Json value) {
            auto e = std::make_unique<Expr>();
            e->kind = kind;
            e->begin = t.begin;
            e->literal = std::move(value);
            advance();
            return e;
        };
        switch (t.type) {
        case Tok::Id:
            return parsePath(false, t.begin);
        case Tok::Data: {
            const std::size_t begin = advance().begin;
            return parsePath(true, begin);
        }
        case Tok::String: return literal(ExprKind::String, t.text);
        case Tok::Number: return literal(ExprKind::Number, jsDecimalValue(t.text));
        case Tok::Boolean: return literal(ExprKind::Boolean, t.text == "true");
        case Tok::Undefined: return literal(ExprKind::Undefined, nullptr);
        case Tok::Null: return literal(ExprKind::Null, nullptr);
        default:
            unexpected("a path or a literal");
        }
    }

    std::unique_ptr<Expr> parseParam()
    {
        if (cur().type == Tok::OpenSexpr)
            return parseSexpr();
        return parseHelperName();
    }

    std::unique_ptr<Expr> parseSexpr()
    {
        const Token open = expect(Tok::OpenSexpr);
        enter(open.begin);
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::SubExpr;
        e->begin = open.begin;
        e->call = std::make_unique<Call>();
        e->call->path = parseHelperName();
        parseParamsAndHash(*e->call);
        expect(Tok::CloseSexpr);
        leave();
        return e;
    }

    void parseParamsAndHash(Call &call)
    {
        while (startsParam(cur().type)) {
            if (cur().type == Tok::Id && ahead(1).type == Tok::Equals)
                break;
            call.params.push_back(parseParam());
        }
        while (cur().type == Tok::Id && ahead(1).type == Tok::Equals) {
            call.hasHash = true;
            HashPair pair;
            pair.key = idOf(advance().text);
            advance();
            pair.value = parseParam();
            call.hash.push_back(std::move(pair));
        }
    }

    std::vector<std::string> parseBlockParams()
    {
        std::vector<std::string> names;
        if (cur().type != Tok::OpenBlockParams)
            return names;
        advance();
        do {
            names.push_back(idOf(expect(Tok::Id).text));
        } while (cur().type == Tok::Id);
        expect(Tok::CloseBlockParams);
        return names;
    }

    Statement parseMustache()
    {
        const Token open = advance();
        Statement s;
        s.begin = open.begin;
        const char flag = open.text.size() > 3 ? open.text[3] : (open.text.size() > 2 ? open.text[2] : '\0');
        s.escaped = flag != '{' && flag != '&';
        s.kind = open.text.find('*') != std::string::npos ? StmtKind::Decorator : StmtKind::Mustache;
        s.call.path = parseHelperName();
        const bool unescapedClose = open.type == Tok::OpenUnescaped;
        if (cur().type == Tok::CloseBlockParams && m_ahead.size() == 1 && s.kind == StmtKind::Mustache) {
            advance();
            std::string text;
            if (!m_lexer.readFallback(unescapedClose, &text))
                fail(open.begin, "unterminated fallback");
            std::size_t b = 0;
            std::size_t e = text.size();
            while (std::size_t len = jsSpaceAt(text, b))
                b += len;
            while (e > b) {
                const std::size_t len = jsSpaceBefore(text, e);
                if (!len)
                    break;
                e -= len;
            }
            s.hasFallback = true;
            s.fallback = text.substr(b, e - b);
        } else {
            parseParamsAndHash(s.call);
        }
        const Token close = expect(unescapedClose ? Tok::CloseUnescaped : Tok::Close);
        s.strip = stripFlags(open.text, close.text);
        return s;
    }

    CloseBlock parseCloseBlock()
    {
        const Token open = expect(Tok::OpenEndBlock);
        CloseBlock c;
        c.path = parseHelperName();
        const Token close = expect(Tok::Close);
        c.strip = stripFlags(open.text, close.text);
        return c;
    }

    void validateClose(const Expr &open, const std::string &closeKeyValue, const std::string &closeText)
    {
        if (closeKey(open) != closeKeyValue)
            fail(open.begin, printable(open) + " doesn't match " + closeText);
    }

    InverseChain parseInverseChain()
    {
        InverseChain result;
        if (cur().type == Tok::Inverse) {
            const Token t = advance();
            result.present = true;
            result.strip = stripFlags(t.text, t.text);
            result.program = parseProgram();
            return result;
        }
        // {{else if …}}: a block of its own inside a chained inverse program.
        const Token open = expect(Tok::OpenInverseChain);
        enter(open.begin);
        Statement inner;
        inner.kind = StmtKind::Block;
        inner.begin = open.begin;
        inner.call.path = parseHelperName();
        parseParamsAndHash(inner.call);
        auto blockParams = parseBlockParams();
        const Token close = expect(Tok::Close);
        inner.openStrip = stripFlags(open.text, close.text);
        inner.program = parseProgram();
        inner.program->blockParams = std::move(blockParams);
        InverseChain nested;
        if (cur().type == Tok::Inverse || cur().type == Tok::OpenInverseChain)
            nested = parseInverseChain();
        if (nested.present) {
            if (nested.chain)
                nested.program->body[0].closeStrip = nested.strip;
            inner.inverseStrip = nested.strip;
            inner.inverse = std::move(nested.program);
            inner.closeStrip = nested.strip;
        }
        leave();
        result.present = true;
        result.chain = true;
        result.strip = inner.openStrip;
        result.program = std::make_unique<Program>();
        result.program->chained = true;
        result.program->body.push_back(std::move(inner));
        return result;
    }

    Statement parseBlock()
    {
        const Token open = advance();
        enter(open.begin);
        const bool inverted = open.type == Tok::OpenInverse;
        const bool decorator = open.text.find('*') != std::string::npos;
        Statement s;
        s.kind = decorator ? StmtKind::DecoratorBlock : StmtKind::Block;
        s.begin = open.begin;
        s.call.path = parseHelperName();
        parseParamsAndHash(s.call);
        auto blockParams = parseBlockParams();
        const Token openClose = expect(Tok::Close);
        s.openStrip = stripFlags(open.text, openClose.text);
        auto program = parseProgram();
        program->blockParams = std::move(blockParams);
        InverseChain inverse;
        if (!inverted && (cur().type == Tok::Inverse || cur().type == Tok::OpenInverseChain))
            inverse = parseInverseChain();
        else if (inverted && cur().type == Tok::Inverse)
            inverse = parseInverseChain();
        expectClose(*s.call.path, open.begin);
        CloseBlock close = parseCloseBlock();
        validateClose(*s.call.path, closeKey(*close.path), printable(*close.path));
        std::unique_ptr<Program> inverseProgram;
        if (inverse.present) {
            if (decorator)
                fail(open.begin, "Unexpected inverse block on decorator");
            if (inverse.chain)
                inverse.program->body[0].closeStrip = close.strip;
            s.inverseStrip = inverse.strip;
            inverseProgram = std::move(inverse.program);
        }
        if (inverted) {
            s.program = std::move(inverseProgram);
            s.inverse = std::move(program);
        } else {
            s.program = std::move(program);
            s.inverse = std::move(inverseProgram);
        }
        s.closeStrip = close.strip;
        leave();
        return s;
    }

    Statement parseRawBlock()
    {
        const Token open = advance();
        Statement s;
        s.kind = StmtKind::Block;
        s.begin = open.begin;
        s.call.path = parseHelperName();
        parseParamsAndHash(s.call);
        expect(Tok::CloseRawBlock);
        s.program = std::make_unique<Program>();
        while (cur().type == Tok::Content) {
            Token t = advance();
            Statement c;
            c.kind = StmtKind::Content;
            c.begin = t.begin;
            c.original = t.text;
            c.value = std::move(t.text);
            s.program->body.push_back(std::move(c));
        }
        const Token end = expect(Tok::EndRawBlock);
        validateClose(*s.call.path, "s" + end.text, end.text);
        return s;
    }

    Statement parsePartial()
    {
        const Token open = advance();
        const bool block = open.type == Tok::OpenPartialBlock;
        if (block)
            enter(open.begin);
        Statement s;
        s.kind = block ? StmtKind::PartialBlock : StmtKind::Partial;
        s.begin = open.begin;
        s.call.path = parseParam();
        parseParamsAndHash(s.call);
        const Token close = expect(Tok::Close);
        if (!block) {
            s.strip = stripFlags(open.text, close.text);
        } else {
            s.openStrip = stripFlags(open.text, close.text);
            s.program = parseProgram();
            expectClose(*s.call.path, open.begin);
            CloseBlock end = parseCloseBlock();
            validateClose(*s.call.path, closeKey(*end.path), printable(*end.path));
            s.closeStrip = end.strip;
            leave();
        }
        if (s.call.path->kind != ExprKind::SubExpr)
            s.partialName = printable(*s.call.path);
        return s;
    }

    Lexer m_lexer;
    std::deque<Token> m_ahead;
    int m_nesting = 0;
};

} // namespace

SyntaxError syntaxErrorAt(std::string_view source, std::size_t offset, std::string message)
{
    SyntaxError e;
    e.message = std::move(message);
    e.line = 1;
    e.column = 1;
    offset = std::min(offset, source.size());
    for (std::size_t i = 0; i < offset;) {
        const char c = source[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < offset && source[i + 1] == '\n')
                ++i;
            ++e.line;
            e.column = 1;
            ++i;
            continue;
        }
        std::size_t len = 0;
        decodeUtf8(source, i, &len);
        i += len;
        ++e.column;
    }
    return e;
}

std::unique_ptr<Program> parseTemplate(std::string_view source)
{
    Parser parser(source);
    auto program = parser.parseRoot();
    applyWhitespaceControl(*program);
    return program;
}

} // namespace sendivent::hbs::detail
