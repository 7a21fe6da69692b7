#include "lexer.h"

#include "jstext.h"

namespace sendivent::hbs::detail {

const char *tokenName(Tok type)
{
    switch (type) {
    case Tok::Content: return "CONTENT";
    case Tok::Comment: return "COMMENT";
    case Tok::OpenRawBlock: return "OPEN_RAW_BLOCK";
    case Tok::CloseRawBlock: return "CLOSE_RAW_BLOCK";
    case Tok::EndRawBlock: return "END_RAW_BLOCK";
    case Tok::OpenPartial: return "OPEN_PARTIAL";
    case Tok::OpenPartialBlock: return "OPEN_PARTIAL_BLOCK";
    case Tok::OpenBlock: return "OPEN_BLOCK";
    case Tok::OpenEndBlock: return "OPEN_ENDBLOCK";
    case Tok::Inverse: return "INVERSE";
    case Tok::OpenInverse: return "OPEN_INVERSE";
    case Tok::OpenInverseChain: return "OPEN_INVERSE_CHAIN";
    case Tok::OpenUnescaped: return "OPEN_UNESCAPED";
    case Tok::Open: return "OPEN";
    case Tok::Equals: return "EQUALS";
    case Tok::Id: return "ID";
    case Tok::Sep: return "SEP";
    case Tok::CloseUnescaped: return "CLOSE_UNESCAPED";
    case Tok::Close: return "CLOSE";
    case Tok::String: return "STRING";
    case Tok::Data: return "DATA";
    case Tok::Boolean: return "BOOLEAN";
    case Tok::Undefined: return "UNDEFINED";
    case Tok::Null: return "NULL";
    case Tok::Number: return "NUMBER";
    case Tok::OpenBlockParams: return "OPEN_BLOCK_PARAMS";
    case Tok::CloseBlockParams: return "CLOSE_BLOCK_PARAMS";
    case Tok::OpenSexpr: return "OPEN_SEXPR";
    case Tok::CloseSexpr: return "CLOSE_SEXPR";
    case Tok::Invalid: return "INVALID";
    case Tok::Eof: return "EOF";
    case Tok::LexError: return "unrecognized text";
    }
    return "?";
}

namespace {

bool isIdChar(char32_t c)
{
    if (c >= 0x80)
        return !isJsSpace(c);
    if (c <= 0x20)
        return !isJsSpace(c);
    switch (c) {
    case '!': case '"': case '#': case '%': case '&': case '\'': case '(': case ')':
    case '*': case '+': case ',': case '.': case '/': case ';': case '<': case '=':
    case '>': case '@': case '[': case '\\': case ']': case '^': case '`': case '{':
    case '|': case '}': case '~':
        return false;
    default:
        return true;
    }
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

Lexer::Lexer(std::string_view source) : m_src(source)
{
    m_states.push_back(State::Initial);
}

bool Lexer::startsWith(std::size_t pos, std::string_view s) const
{
    return pos <= m_src.size() && m_src.substr(pos, s.size()) == s;
}

std::size_t Lexer::openTilde(std::size_t pos) const
{
    std::size_t t = pos + 2;
    if (t < m_src.size() && m_src[t] == '~')
        ++t;
    return t;
}

std::size_t Lexer::idRun(std::size_t pos) const
{
    std::size_t i = pos;
    while (i < m_src.size()) {
        std::size_t len = 0;
        const char32_t c = decodeUtf8(m_src, i, &len);
        if (!isIdChar(c))
            break;
        i += len;
    }
    return i - pos;
}

bool Lexer::lookaheadIn(std::size_t pos, std::string_view set, bool space) const
{
    if (pos >= m_src.size())
        return false;
    if (set.find(m_src[pos]) != std::string_view::npos)
        return true;
    return space && jsSpaceAt(m_src, pos) > 0;
}

void Lexer::make(Token &tok, Tok type, std::size_t end, std::string text)
{
    tok.type = type;
    tok.begin = m_pos;
    tok.end = end;
    tok.text = std::move(text);
    m_pos = end;
}

void Lexer::make(Token &tok, Tok type, std::size_t end)
{
    make(tok, type, end, std::string(m_src.substr(m_pos, end - m_pos)));
}

Token Lexer::next()
{
    Token tok;
    for (;;) {
        bool produced = false;
        switch (m_states.back()) {
        case State::Initial: produced = lexInitial(tok); break;
        case State::Mu: produced = lexMu(tok); break;
        case State::Emu: produced = lexEmu(tok); break;
        case State::Com: produced = lexCom(tok); break;
        case State::Raw: produced = lexRaw(tok); break;
        }
        if (produced)
            return tok;
    }
}

bool Lexer::lexInitial(Token &tok)
{
    const std::size_t n = m_src.size();
    const std::size_t open = m_src.find("{{", m_pos);
    const std::size_t nul = m_src.find('\0', m_pos);
    if (open != std::string_view::npos && (nul == std::string_view::npos || nul >= open)) {
        // Rule: content up to "{{"; a trailing backslash escapes the mustache.
        std::string_view text = m_src.substr(m_pos, open - m_pos);
        if (text.size() >= 2 && text.substr(text.size() - 2) == "\\\\") {
            text.remove_suffix(1);
            m_states.push_back(State::Mu);
        } else if (!text.empty() && text.back() == '\\') {
            text.remove_suffix(1);
            m_states.push_back(State::Emu);
        } else {
            m_states.push_back(State::Mu);
        }
        if (text.empty()) {
            m_pos = open;
            return false;
        }
        make(tok, Tok::Content, open, std::string(text));
        return true;
    }
    if (m_pos >= n) {
        make(tok, Tok::Eof, n, {});
        return true;
    }
    if (m_src[m_pos] == '\0') {
        make(tok, Tok::LexError, m_pos, {});
        return true;
    }
    make(tok, Tok::Content, nul == std::string_view::npos ? n : nul);
    return true;
}

bool Lexer::lexEmu(Token &tok)
{
    const std::size_t n = m_src.size();
    for (std::size_t i = m_pos + 2; i <= n; ++i) {
        if (m_src[i - 1] == '\0')
            break;
        if (i == n || startsWith(i, "{{") || startsWith(i, "\\{{") || startsWith(i, "\\\\{{")) {
            m_states.pop_back();
            make(tok, Tok::Content, i);
            return true;
        }
    }
    make(tok, Tok::LexError, m_pos, {});
    return true;
}

bool Lexer::lexCom(Token &tok)
{
    for (std::size_t i = m_pos; i < m_src.size(); ++i) {
        if (startsWith(i, "--}}") || startsWith(i, "--~}}")) {
            m_states.pop_back();
            make(tok, Tok::Comment, i + (m_src[i + 2] == '~' ? 5 : 4));
            return true;
        }
    }
    make(tok, Tok::LexError, m_pos, {});
    return true;
}

bool Lexer::lexRaw(Token &tok)
{
    if (startsWith(m_pos, "{{{{") && m_pos + 4 < m_src.size() && m_src[m_pos + 4] != '/') {
        m_states.push_back(State::Raw);
        make(tok, Tok::Content, m_pos + 4);
        return true;
    }
    if (startsWith(m_pos, "{{{{/")) {
        const std::size_t run = idRun(m_pos + 5);
        const std::size_t after = m_pos + 5 + run;
        if (run > 0 && startsWith(after, "}}}}")) {
            m_states.pop_back();
            if (m_states.back() == State::Raw) {
                make(tok, Tok::Content, after + 4);
            } else {
                make(tok, Tok::EndRawBlock, after + 4,
                     std::string(m_src.substr(m_pos + 5, run)));
            }
            return true;
        }
    }
    const std::size_t next = m_src.find("{{{{", m_pos + 1);
    const std::size_t nul = m_src.find('\0', m_pos);
    if (m_pos < m_src.size() && next != std::string_view::npos
        && (nul == std::string_view::npos || nul >= next)) {
        make(tok, Tok::Content, next);
        return true;
    }
    make(tok, m_pos >= m_src.size() ? Tok::Eof : Tok::LexError, m_pos, {});
    return true;
}

bool Lexer::lexMu(Token &tok)
{
    const std::size_t n = m_src.size();
    const std::size_t p = m_pos;
    if (p >= n) {
        make(tok, Tok::Eof, n, {});
        return true;
    }
    const char c = m_src[p];
    if (c == '(') {
        make(tok, Tok::OpenSexpr, p + 1);
        return true;
    }
    if (c == ')') {
        make(tok, Tok::CloseSexpr, p + 1);
        return true;
    }
    if (startsWith(p, "{{{{")) {
        make(tok, Tok::OpenRawBlock, p + 4);
        return true;
    }
    if (startsWith(p, "}}}}")) {
        m_states.pop_back();
        m_states.push_back(State::Raw);
        make(tok, Tok::CloseRawBlock, p + 4);
        return true;
    }
    if (startsWith(p, "{{")) {
        const std::size_t t = openTilde(p);
        const char d = t < n ? m_src[t] : '\0';
        if (d == '>') {
            make(tok, Tok::OpenPartial, t + 1);
            return true;
        }
        if (startsWith(t, "#>")) {
            make(tok, Tok::OpenPartialBlock, t + 2);
            return true;
        }
        if (d == '#') {
            make(tok, Tok::OpenBlock, t + 1 + (startsWith(t + 1, "*") ? 1 : 0));
            return true;
        }
        if (d == '/') {
            make(tok, Tok::OpenEndBlock, t + 1);
            return true;
        }
        const auto skipSpace = [&](std::size_t i) {
            while (std::size_t len = jsSpaceAt(m_src, i))
                i += len;
            return i;
        };
        const auto closeAt = [&](std::size_t i) -> std::size_t { // ~?}}
            if (startsWith(i, "~"))
                ++i;
            return startsWith(i, "}}") ? i + 2 : 0;
        };
        if (d == '^') {
            if (const std::size_t end = closeAt(skipSpace(t + 1))) {
                m_states.pop_back();
                make(tok, Tok::Inverse, end);
                return true;
            }
        }
        const std::size_t e = skipSpace(t);
        if (startsWith(e, "else")) {
            if (const std::size_t end = closeAt(skipSpace(e + 4))) {
                m_states.pop_back();
                make(tok, Tok::Inverse, end);
                return true;
            }
        }
        if (d == '^') {
            make(tok, Tok::OpenInverse, t + 1);
            return true;
        }
        if (startsWith(e, "else") && (e + 4 >= n || !isWordChar(m_src[e + 4]))) {
            make(tok, Tok::OpenInverseChain, e + 4);
            return true;
        }
        if (d == '{') {
            make(tok, Tok::OpenUnescaped, t + 1);
            return true;
        }
        if (d == '&') {
            make(tok, Tok::Open, t + 1);
            return true;
        }
        if (startsWith(t, "!--")) {
            m_states.pop_back();
            m_states.push_back(State::Com);
            return false;
        }
        if (d == '!') {
            const std::size_t close = m_src.find("}}", t + 1);
            if (close != std::string_view::npos) {
                m_states.pop_back();
                make(tok, Tok::Comment, close + 2);
                return true;
            }
        }
        make(tok, Tok::Open, t + (d == '*' ? 1 : 0));
        return true;
    }
    if (c == '=') {
        make(tok, Tok::Equals, p + 1);
        return true;
    }
    if (startsWith(p, "..")) {
        make(tok, Tok::Id, p + 2);
        return true;
    }
    if (c == '.' && lookaheadIn(p + 1, "=~}/.)|", true)) {
        make(tok, Tok::Id, p + 1);
        return true;
    }
    if (c == '/' || c == '.') {
        make(tok, Tok::Sep, p + 1);
        return true;
    }
    if (std::size_t len = jsSpaceAt(m_src, p)) {
        std::size_t i = p + len;
        while ((len = jsSpaceAt(m_src, i)))
            i += len;
        m_pos = i;
        return false;
    }
    if (startsWith(p, "}}}") || startsWith(p, "}~}}")) {
        m_states.pop_back();
        make(tok, Tok::CloseUnescaped, p + (m_src[p + 1] == '~' ? 4 : 3));
        return true;
    }
    if (startsWith(p, "}}") || startsWith(p, "~}}")) {
        m_states.pop_back();
        make(tok, Tok::Close, p + (c == '~' ? 3 : 2));
        return true;
    }
    if (c == '"' || c == '\'') {
        // "(\\"|[^"])*" with the regex's backtracking: an unterminated string ends at
        // its last escaped quote.
        std::size_t lastEscaped = std::string_view::npos;
        std::size_t end = std::string_view::npos;
        for (std::size_t i = p + 1; i < n; ++i) {
            if (m_src[i] == '\\' && i + 1 < n && m_src[i + 1] == c) {
                lastEscaped = i + 1;
                ++i;
            } else if (m_src[i] == c) {
                end = i + 1;
                break;
            }
        }
        if (end == std::string_view::npos && lastEscaped != std::string_view::npos)
            end = lastEscaped + 1;
        if (end != std::string_view::npos) {
            const std::string_view inner = m_src.substr(p + 1, end - p - 2);
            std::string value;
            for (std::size_t i = 0; i < inner.size(); ++i) {
                if (inner[i] == '\\' && i + 1 < inner.size() && inner[i + 1] == c) {
                    value += c;
                    ++i;
                } else {
                    value += inner[i];
                }
            }
            make(tok, Tok::String, end, std::move(value));
            return true;
        }
    }
    if (c == '@') {
        make(tok, Tok::Data, p + 1);
        return true;
    }
    static constexpr struct { std::string_view word; Tok type; } keywords[] = {
        {"true", Tok::Boolean}, {"false", Tok::Boolean},
        {"undefined", Tok::Undefined}, {"null", Tok::Null}};
    for (const auto &kw : keywords) {
        if (startsWith(p, kw.word) && lookaheadIn(p + kw.word.size(), "~})", true)) {
            make(tok, kw.type, p + kw.word.size());
            return true;
        }
    }
    {
        std::size_t i = p;
        if (i < n && m_src[i] == '-')
            ++i;
        const std::size_t digits = i;
        while (i < n && m_src[i] >= '0' && m_src[i] <= '9')
            ++i;
        if (i > digits) {
            if (i + 1 < n && m_src[i] == '.' && m_src[i + 1] >= '0' && m_src[i + 1] <= '9') {
                i += 2;
                while (i < n && m_src[i] >= '0' && m_src[i] <= '9')
                    ++i;
            }
            if (lookaheadIn(i, "~})", true)) {
                make(tok, Tok::Number, i);
                return true;
            }
        }
    }
    if (startsWith(p, "as") && jsSpaceAt(m_src, p + 2) > 0) {
        std::size_t i = p + 2;
        while (std::size_t len = jsSpaceAt(m_src, i))
            i += len;
        if (startsWith(i, "|")) {
            make(tok, Tok::OpenBlockParams, i + 1);
            return true;
        }
    }
    if (c == '|') {
        make(tok, Tok::CloseBlockParams, p + 1);
        return true;
    }
    if (const std::size_t run = idRun(p)) {
        if (lookaheadIn(p + run, "=~}/.)|", true)) {
            make(tok, Tok::Id, p + run);
            return true;
        }
    }
    if (c == '[') {
        // \[(\\\]|[^\]])*\] with the same backtracking as strings.
        std::size_t lastEscaped = std::string_view::npos;
        std::size_t end = std::string_view::npos;
        for (std::size_t i = p + 1; i < n; ++i) {
            if (m_src[i] == '\\' && i + 1 < n && m_src[i + 1] == ']') {
                lastEscaped = i + 1;
                ++i;
            } else if (m_src[i] == ']') {
                end = i + 1;
                break;
            }
        }
        if (end == std::string_view::npos && lastEscaped != std::string_view::npos)
            end = lastEscaped + 1;
        if (end != std::string_view::npos) {
            const std::string_view raw = m_src.substr(p, end - p);
            std::string value;
            for (std::size_t i = 0; i < raw.size(); ++i) {
                if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == '\\' || raw[i + 1] == ']')) {
                    value += raw[i + 1];
                    ++i;
                } else {
                    value += raw[i];
                }
            }
            make(tok, Tok::Id, end, std::move(value));
            return true;
        }
    }
    std::size_t len = 0;
    decodeUtf8(m_src, p, &len);
    make(tok, Tok::Invalid, p + len);
    return true;
}

bool Lexer::readFallback(bool unescaped, std::string *text)
{
    for (std::size_t j = m_src.find('}', m_pos); j != std::string_view::npos;
         j = m_src.find('}', j + 1)) {
        if (unescaped) {
            if (startsWith(j, "}}}") || startsWith(j, "}~}}")) {
                *text = std::string(m_src.substr(m_pos, j - m_pos));
                m_pos = j;
                return true;
            }
        } else if (startsWith(j, "}}")) {
            std::size_t end = j;
            if (end > m_pos && m_src[end - 1] == '~')
                --end;
            *text = std::string(m_src.substr(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
    }
    return false;
}

} // namespace sendivent::hbs::detail
