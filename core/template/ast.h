#pragma once

// The syntax tree, shaped like handlebars.js's AST (after its parser helpers and
// whitespace control) so that the same standalone and `~` rules apply node for node.
// Compile-time annotations used by the renderer live on the nodes too.

#include "handlebars.h"

#include <memory>
#include <string>
#include <vector>

namespace sendivent::hbs::detail {

struct Program;
struct Call;

enum class ExprKind { Path, SubExpr, String, Number, Boolean, Undefined, Null };

struct Expr
{
    ExprKind kind = ExprKind::Path;
    std::size_t begin = 0; // source offset, for error positions

    // Path
    bool data = false;
    int depth = 0;
    std::vector<std::string> parts;
    std::string original;   // as handlebars.js builds it ("@../index", "this/foo")
    bool scoped = false;    // handlebars.js's scopedId(): /^\.|this\b/ on original
    int blockParamDepth = -1; // resolved block parameter, if any
    int blockParamIndex = -1;

    // Literals: their value (also String's text); original as JS would print it
    Json literal;

    // SubExpr
    std::unique_ptr<Call> call;

    bool isLiteral() const { return kind != ExprKind::Path && kind != ExprKind::SubExpr; }
};

enum class CallKind { Simple, Ambiguous, Helper };

enum class Builtin { None, If, Unless, Each, With, Lookup, Log, HelperMissing, BlockHelperMissing };

struct HashPair
{
    std::string key;
    std::unique_ptr<Expr> value;
};

// A helper-or-path invocation: mustache, block, subexpression (and partial arguments).
struct Call
{
    std::unique_ptr<Expr> path;
    std::vector<std::unique_ptr<Expr>> params;
    std::vector<HashPair> hash;
    bool hasHash = false;

    CallKind kind = CallKind::Simple;
    Builtin builtin = Builtin::None; // for Helper: a known helper named by parts[0]
    bool simpleId = false;           // handlebars.js's simpleId(path)
};

struct StripFlags
{
    bool open = false;
    bool close = false;
};

enum class StmtKind { Content, Comment, Mustache, Block, Partial, PartialBlock, Decorator, DecoratorBlock };

struct Statement
{
    StmtKind kind = StmtKind::Content;
    std::size_t begin = 0;

    // Content
    std::string original;
    std::string value;
    bool rightStripped = false;
    bool leftStripped = false;

    // Mustache / Comment / Partial / Decorator
    StripFlags strip;
    bool escaped = true;

    // Blocks
    StripFlags openStrip;
    StripFlags inverseStrip;
    StripFlags closeStrip;
    std::unique_ptr<Program> program;
    std::unique_ptr<Program> inverse;

    // Mustache, Block, Decorator: the call; Partial/PartialBlock: name in call.path
    // (a SubExpr for dynamic names), params and hash.
    Call call;

    // Partial
    std::string indent;
    std::string partialName; // static name as handlebars.js spells it

    // Sendivent fallback `{{path | Default}}`
    bool hasFallback = false;
    std::string fallback;
};

struct Program
{
    std::vector<Statement> body;
    std::vector<std::string> blockParams;
    bool chained = false;
    bool hasDecorators = false; // `{{#*inline}}` (or other decorators) directly inside
};

} // namespace sendivent::hbs::detail
