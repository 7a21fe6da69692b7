#include "emailsupport.h"

#include "base/json.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

namespace sendivent::checks {

using namespace Qt::StringLiterals;

EmailSupportData::EmailSupportData()
{
    QFile file(u":/sendivent/caniemail.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the email client data is not compiled in");
    const Json data = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (!data.is_object())
        qFatal("the email client data is not valid JSON");
    m_source = toQt(data.value("source", std::string()));
    m_lastUpdate = toQt(data.value("last_update", std::string()));
    for (const auto &[id, name] : data["clients"].items()) {
        m_clientIds << toQt(id);
        m_clientNames.insert(toQt(id), toQt(name.get<std::string>()));
    }
    for (const Json &f : data["features"]) {
        EmailFeature feature;
        feature.slug = toQt(f.value("slug", std::string()));
        feature.title = toQt(f.value("title", std::string()));
        feature.url = toQt(f.value("url", std::string()));
        for (const auto &[client, value] : f["support"].items()) {
            const std::string v = value.get<std::string>();
            feature.support.insert(toQt(client), v.empty() ? Support::Unknown : Support(v.front()));
        }
        for (const auto &[client, note] : f["notes"].items())
            feature.notes.insert(toQt(client), toQt(note.get<std::string>()));
        m_features.insert(feature.slug, std::move(feature));
    }
}

const EmailSupportData &EmailSupportData::instance()
{
    static const EmailSupportData data;
    return data;
}

const EmailFeature *EmailSupportData::feature(const QString &slug) const
{
    const auto it = m_features.constFind(slug);
    return it == m_features.cend() ? nullptr : &*it;
}

std::optional<QStringList> EmailSupportData::expand(const QStringList &names, QString *unknown) const
{
    QStringList out;
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        QStringList matched;
        if (m_clientNames.contains(name))
            matched << name;
        else {
            for (const QString &id : m_clientIds) {
                if (id.startsWith(name + u'-'))
                    matched << id;
            }
        }
        if (matched.isEmpty()) {
            if (unknown)
                *unknown = raw;
            return std::nullopt;
        }
        for (const QString &id : std::as_const(matched)) {
            if (!out.contains(id))
                out << id;
        }
    }
    return out;
}

QStringList defaultEmailClients()
{
    return {u"apple-mail-ios"_s,        u"apple-mail-macos"_s, u"gmail-desktop-webmail"_s, u"gmail-ios"_s,
            u"gmail-android"_s,         u"outlook-windows"_s,  u"outlook-com"_s,           u"outlook-macos"_s,
            u"yahoo-desktop-webmail"_s, u"samsung-email-android"_s};
}

namespace {

// Collects each known slug once, at its first use.
class Uses
{
public:
    explicit Uses(const QString &html) : m_html(html) {}

    void add(const QString &slug, qsizetype offset, qsizetype length)
    {
        if (m_seen.contains(slug) || !EmailSupportData::instance().feature(slug))
            return;
        m_seen.insert(slug);
        m_uses.append({slug, offset, m_html.mid(offset, std::min<qsizetype>(length, 80)).simplified()});
    }
    QList<FeatureUse> take() { return std::move(m_uses); }

private:
    const QString &m_html;
    QSet<QString> m_seen;
    QList<FeatureUse> m_uses;
};

QString tagSlug(const QString &tag)
{
    static const QSet<QString> semantic{u"article"_s, u"aside"_s,  u"details"_s, u"figcaption"_s, u"figure"_s,
                                        u"footer"_s,  u"header"_s, u"main"_s,    u"mark"_s,       u"nav"_s,
                                        u"section"_s, u"summary"_s, u"time"_s};
    if (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6')
        return u"html-h1-h6"_s;
    if (tag == u"ul"_s || tag == u"ol"_s || tag == u"dl"_s)
        return u"html-lists"_s;
    if (tag == u"map"_s || tag == u"area"_s)
        return u"html-image-maps"_s;
    if (semantic.contains(tag))
        return u"html-semantics"_s;
    return u"html-"_s + tag;
}

QString imageSlug(const QString &src)
{
    if (src.startsWith(u"data:image/"_s, Qt::CaseInsensitive))
        return u"image-base64"_s;
    static const QRegularExpression extension(u"\\.([a-z0-9]{3,4})(?:[?#]|$)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = extension.match(src);
    if (!m.hasMatch())
        return {};
    QString ext = m.captured(1).toLower();
    if (ext == u"jpeg"_s)
        ext = u"jpg"_s;
    else if (ext == u"tif"_s)
        ext = u"tiff"_s;
    else if (ext == u"heic"_s)
        ext = u"heif"_s;
    return u"image-"_s + ext;
}

// A declaration's property and value → the features they use.
void scanDeclaration(Uses &uses, const QString &property, const QString &value, qsizetype offset, qsizetype length)
{
    const QString p = property.trimmed().toLower();
    const QString v = value.trimmed().toLower();
    const auto add = [&](const QString &slug) { uses.add(slug, offset, length); };
    if (p.startsWith(u"--"_s)) {
        add(u"css-variables"_s);
        return;
    }
    add(u"css-"_s + p);
    static const QRegularExpression side(u"^(margin|padding|border)-(top|right|bottom|left)(-.*)?$"_s);
    if (const auto m = side.match(p); m.hasMatch())
        add(u"css-"_s + m.captured(1));
    if (p.startsWith(u"border-"_s) && p.endsWith(u"-radius"_s))
        add(u"css-border-radius"_s);
    if (p == u"left"_s || p == u"right"_s || p == u"top"_s || p == u"bottom"_s)
        add(u"css-left-right-top-bottom"_s);
    if (p.startsWith(u"margin-inline"_s) || p.startsWith(u"margin-block"_s))
        add(p.endsWith(u"-start"_s) || p.endsWith(u"-end"_s) ? u"css-margin-inline-start-end"_s : u"css-margin-inline-block"_s);
    if (p.startsWith(u"padding-inline"_s) || p.startsWith(u"padding-block"_s))
        add(p.endsWith(u"-start"_s) || p.endsWith(u"-end"_s) ? u"css-padding-inline-start-end"_s : u"css-padding-inline-block"_s);
    if (p.startsWith(u"border-inline"_s) || p.startsWith(u"border-block"_s))
        add(u"css-border-inline-block"_s);
    if (p == u"row-gap"_s || p == u"column-gap"_s)
        add(u"css-gap"_s);
    if (p.startsWith(u"grid-template"_s))
        add(u"css-grid-template"_s);
    if (p.startsWith(u"column-"_s) || p == u"columns"_s)
        add(u"css-column-layout-properties"_s);
    if (p == u"display"_s) {
        if (v.contains(u"flex"_s))
            add(u"css-display-flex"_s);
        else if (v.contains(u"grid"_s))
            add(u"css-display-grid"_s);
        else if (v.startsWith(u"none"_s))
            add(u"css-display-none"_s);
    }
    if (v.contains(u"!important"_s))
        add(u"css-important"_s);
    static const QList<std::pair<QString, QString>> functions{
        {u"linear-gradient("_s, u"css-linear-gradient"_s}, {u"radial-gradient("_s, u"css-radial-gradient"_s},
        {u"conic-gradient("_s, u"css-conic-gradient"_s},   {u"rgba("_s, u"css-rgba"_s},
        {u"var("_s, u"css-variables"_s},                   {u"calc("_s, u"css-unit-calc"_s},
        {u"clamp("_s, u"css-function-clamp"_s},           {u"light-dark("_s, u"css-function-light-dark"_s},
        {u"oklch("_s, u"css-modern-color"_s},              {u"oklab("_s, u"css-modern-color"_s},
        {u"lch("_s, u"css-modern-color"_s},                {u"lab("_s, u"css-modern-color"_s},
        {u"hwb("_s, u"css-modern-color"_s},                {u"color("_s, u"css-modern-color"_s}};
    for (const auto &[call, slug] : functions) {
        if (v.contains(call))
            add(slug);
    }
    static const QRegularExpression rgb(u"(^|[^a-z-])rgb\\("_s), minMax(u"(^|[^a-z-])(min|max)\\("_s);
    if (rgb.match(v).hasMatch())
        add(u"css-rgb"_s);
    if (const auto m = minMax.match(v); m.hasMatch())
        add(u"css-function-"_s + m.captured(2));
    if (v.contains(u"system-ui"_s))
        add(u"css-sytem-ui"_s); // sic: the data set's slug
    if (v == u"initial"_s)
        add(u"css-unit-initial"_s);
    static const QRegularExpression unit(u"(?:^|[\\s(,/])-?(?:\\d+\\.?\\d*|\\.\\d+)(rem|em|ex|ch|vw|vh|vmin|vmax|cm|mm|in|pt|pc|px|%)(?![a-z])"_s);
    for (auto it = unit.globalMatch(v); it.hasNext();) {
        const QString u = it.next().captured(1);
        add(u"css-unit-"_s + (u == u"%"_s ? u"percent"_s : u));
    }
}

void scanDeclarations(Uses &uses, const QString &block, qsizetype base)
{
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf(u';', start);
        if (end < 0)
            end = block.size();
        const QString declaration = block.mid(start, end - start);
        const qsizetype colon = declaration.indexOf(u':');
        if (colon > 0)
            scanDeclaration(uses, declaration.left(colon), declaration.mid(colon + 1), base + start, end - start);
        start = end + 1;
    }
}

void scanSelector(Uses &uses, const QString &selector, qsizetype offset)
{
    const auto add = [&](const QString &slug) { uses.add(slug, offset, selector.size()); };
    static const QRegularExpression pseudoElement(u"::?(before|after|first-letter|first-line|marker|placeholder)\\b"_s);
    static const QRegularExpression pseudoClass(u"(?<!:):([a-z-]+)"_s);
    for (auto it = pseudoElement.globalMatch(selector); it.hasNext();)
        add(u"css-pseudo-element-"_s + it.next().captured(1));
    for (auto it = pseudoClass.globalMatch(selector); it.hasNext();)
        add(u"css-pseudo-class-"_s + it.next().captured(1));
    if (selector.contains(u'['))
        add(u"css-selector-attribute"_s);
    if (selector.contains(u'>'))
        add(u"css-selector-child"_s);
    if (selector.contains(u'+'))
        add(u"css-selector-adjacent-sibling"_s);
    if (selector.contains(u'~'))
        add(u"css-selector-general-sibling"_s);
    if (selector.contains(u','))
        add(u"css-selector-grouping"_s);
    if (selector.contains(u'*'))
        add(u"css-selector-universal"_s);
    static const QRegularExpression id(u"#[A-Za-z_-]"_s), chained(u"[\\w\\]\\)][.#\\[]"_s), descendant(u"[\\w\\])]\\s+[\\w.#*\\[]"_s);
    if (id.match(selector).hasMatch())
        add(u"css-selector-id"_s);
    if (chained.match(selector).hasMatch())
        add(u"css-selector-chaining"_s);
    if (descendant.match(selector).hasMatch())
        add(u"css-selector-descendant"_s);
}

// A <style> element's text: at-rules, selectors and declarations.
void scanStylesheet(Uses &uses, const QString &css, qsizetype base)
{
    QString text = css;
    static const QRegularExpression comment(u"/\\*[\\s\\S]*?\\*/"_s);
    for (auto it = comment.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        uses.add(u"css-comments"_s, base + m.capturedStart(), m.capturedLength());
        text.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' ')); // offsets kept
    }
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        const qsizetype close = text.indexOf(u'}', i);
        if (close >= 0 && (open < 0 || close < open)) { // the end of an enclosing @media block
            i = close + 1;
            continue;
        }
        if (open < 0)
            break;
        const QString prelude = text.mid(i, open - i).trimmed();
        const qsizetype preludeAt = base + i;
        if (prelude.startsWith(u'@')) {
            static const QRegularExpression name(u"^@([a-z-]+)"_s);
            const QString at = name.match(prelude.toLower()).captured(1);
            uses.add(u"css-at-"_s + at, preludeAt, prelude.size());
            if (at == u"media"_s) {
                const QString query = prelude.toLower();
                for (const char *feature : {"prefers-color-scheme", "prefers-reduced-motion", "orientation", "hover"}) {
                    if (query.contains(QLatin1StringView(feature)))
                        uses.add(u"css-at-media-"_s + QLatin1StringView(feature), preludeAt, prelude.size());
                }
                if (query.contains(u"pixel-ratio"_s) || query.contains(u"resolution"_s))
                    uses.add(u"css-at-media-device-pixel-ratio"_s, preludeAt, prelude.size());
                i = open + 1; // the rules inside are scanned as rules
                continue;
            }
            if (at == u"supports"_s) {
                i = open + 1;
                continue;
            }
        } else if (!prelude.isEmpty()) {
            scanSelector(uses, prelude, preludeAt);
        }
        qsizetype end = text.indexOf(u'}', open + 1);
        if (end < 0)
            end = text.size();
        if (!prelude.startsWith(u"@keyframes"_s, Qt::CaseInsensitive))
            scanDeclarations(uses, text.mid(open + 1, end - open - 1), base + open + 1);
        else
            end = text.indexOf(u"}}"_s, open) < 0 ? text.size() : text.indexOf(u"}}"_s, open) + 1;
        i = end + 1;
    }
}

} // namespace

QList<FeatureUse> scanEmailFeatures(const QString &html)
{
    Uses uses(html);
    static const QRegularExpression tagPattern(u"<(!--|!doctype|/?[a-zA-Z][a-zA-Z0-9-]*)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(u"([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"_s);
    qsizetype i = 0;
    while (true) {
        const auto m = tagPattern.match(html, i);
        if (!m.hasMatch())
            break;
        const qsizetype at = m.capturedStart();
        const QString opener = m.captured(1).toLower();
        if (opener == u"!--"_s) {
            const qsizetype end = html.indexOf(u"-->"_s, at + 4);
            uses.add(u"html-comments"_s, at, 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        qsizetype close = html.indexOf(u'>', m.capturedEnd());
        if (close < 0)
            close = html.size();
        i = close + 1;
        if (opener == u"!doctype"_s) {
            uses.add(u"html-doctype"_s, at, close - at + 1);
            continue;
        }
        if (opener.startsWith(u'/'))
            continue;
        const QString tag = opener;
        uses.add(tagSlug(tag), at, close - at + 1);

        QHash<QString, QString> attributes;
        const QString inside = html.mid(m.capturedEnd(), close - m.capturedEnd());
        for (auto it = attribute.globalMatch(inside); it.hasNext();) {
            const auto a = it.next();
            const QString name = a.captured(1).toLower();
            const QString value = !a.captured(2).isNull() ? a.captured(2) : !a.captured(3).isNull() ? a.captured(3) : a.captured(4);
            attributes.insert(name, value);
            const qsizetype attrAt = m.capturedEnd() + a.capturedStart();
            if (name == u"style"_s)
                scanDeclarations(uses, value, attrAt);
            else if (name.startsWith(u"aria-"_s))
                uses.add(u"html-"_s + name, attrAt, a.capturedLength());
            else if (name == u"loading"_s)
                uses.add(u"html-loading-attribute"_s, attrAt, a.capturedLength());
            else if (name == u"inert"_s)
                uses.add(u"css-inert-attribute"_s, attrAt, a.capturedLength());
            else if (name == u"background"_s || name == u"align"_s || name == u"valign"_s || name == u"width"_s
                     || name == u"height"_s || name == u"cellpadding"_s || name == u"cellspacing"_s
                     || name == u"target"_s || name == u"hidden"_s || name == u"required"_s || name == u"role"_s
                     || name == u"lang"_s || name == u"dir"_s || name == u"srcset"_s || name == u"popover"_s)
                uses.add(u"html-"_s + name, attrAt, a.capturedLength());
        }
        const QString type = attributes.value(u"type"_s).toLower();
        if (tag == u"input"_s && !type.isEmpty())
            uses.add(u"html-input-"_s + type, at, close - at + 1);
        if (tag == u"button"_s && (type == u"reset"_s || type == u"submit"_s))
            uses.add(u"html-button-"_s + type, at, close - at + 1);
        if (tag == u"a"_s) {
            const QString href = attributes.value(u"href"_s).trimmed();
            if (href.startsWith(u'#'))
                uses.add(u"html-anchor-links"_s, at, close - at + 1);
            else if (href.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
                uses.add(u"html-mailto-links"_s, at, close - at + 1);
        }
        if (tag == u"img"_s) {
            if (const QString slug = imageSlug(attributes.value(u"src"_s).trimmed()); !slug.isEmpty())
                uses.add(slug, at, close - at + 1);
        }
        if (tag == u"meta"_s && attributes.value(u"name"_s).toLower() == u"color-scheme"_s)
            uses.add(u"html-meta-color-scheme"_s, at, close - at + 1);
        if (tag == u"style"_s) {
            const qsizetype end = html.indexOf(u"</style"_s, i, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? html.size() : end;
            scanStylesheet(uses, html.mid(i, stop - i), i);
            i = stop;
        }
    }
    return uses.take();
}

} // namespace sendivent::checks
