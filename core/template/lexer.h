#pragma once

// Tokenizer with the states and rules of handlebars.js 4.7's lexer (handlebars.l):
// the first rule that matches wins, exactly as there, so odd inputs split the same way.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sendivent::hbs::detail {

enum class Tok {
    Content, Comment, OpenRawBlock, CloseRawBlock, EndRawBlock, OpenPartial,
    OpenPartialBlock, OpenBlock, OpenEndBlock, Inverse, OpenInverse, OpenInverseChain,
    OpenUnescaped, Open, Equals, Id, Sep, CloseUnescaped, Close, String, Data, Boolean,
    Undefined, Null, Number, OpenBlockParams, CloseBlockParams, OpenSexpr, CloseSexpr,
    Invalid, Eof, LexError
};

const char *tokenName(Tok type);

struct Token
{
    Tok type = Tok::Eof;
    std::size_t begin = 0; // byte offsets of the matched text in the source
    std::size_t end = 0;
    std::string text;      // the token's value (quotes and brackets processed)
};

class Lexer final
{
public:
    explicit Lexer(std::string_view source);

    Token next();

    // Sendivent's fallback `{{path | Default}}`: called right after the `|` token,
    // returns the raw text up to the closing `}}` (or `}}}` when unescaped) and leaves
    // the lexer before that close. False when no close follows.
    bool readFallback(bool unescaped, std::string *text);

    std::string_view source() const { return m_src; }

private:
    enum class State { Initial, Mu, Emu, Com, Raw };

    bool lexInitial(Token &tok);
    bool lexEmu(Token &tok);
    bool lexCom(Token &tok);
    bool lexRaw(Token &tok);
    bool lexMu(Token &tok);

    bool startsWith(std::size_t pos, std::string_view s) const;
    std::size_t openTilde(std::size_t pos) const; // after "{{" with optional "~"
    std::size_t idRun(std::size_t pos) const;     // length of ID characters at pos
    bool lookaheadIn(std::size_t pos, std::string_view set, bool space) const;
    void make(Token &tok, Tok type, std::size_t end, std::string text);
    void make(Token &tok, Tok type, std::size_t end);

    std::string_view m_src;
    std::size_t m_pos = 0;
    std::vector<State> m_states;
};

} // namespace sendivent::hbs::detail
