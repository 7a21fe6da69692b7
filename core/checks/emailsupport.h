#pragma once

// What email clients support (issue 20): the caniemail.com data set, converted by
// scripts/update-caniemail.sh into core/checks/caniemail.json (a resource), and a
// scan of rendered email HTML for the features that data set describes.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace sendivent::checks {

enum class Support : char { Yes = 'y', No = 'n', Partial = 'a', Unknown = 'u' };

struct EmailFeature
{
    QString slug;  // "css-display-flex"
    QString title; // "display:flex"
    QString url;   // its caniemail.com page
    QHash<QString, Support> support; // client id → support in its newest tested version
    QHash<QString, QString> notes;   // client id → caniemail's note for that version
};

class EmailSupportData final
{
public:
    // The data compiled into the program; loaded on first use.
    static const EmailSupportData &instance();

    // "gmail-desktop-webmail", "outlook-windows", "outlook-com", "apple-mail-ios", …
    QStringList clientIds() const { return m_clientIds; }
    QString clientName(const QString &id) const { return m_clientNames.value(id, id); }
    const EmailFeature *feature(const QString &slug) const;
    QString source() const { return m_source; }     // the package and its licence
    QString lastUpdate() const { return m_lastUpdate; }

    // Expands names as `--clients` takes them: a client id, or a family naming all of
    // its platforms ("gmail", "apple-mail", "outlook"). nullopt and *unknown set when
    // a name is neither.
    std::optional<QStringList> expand(const QStringList &names, QString *unknown = nullptr) const;

private:
    EmailSupportData();
    QStringList m_clientIds;
    QHash<QString, QString> m_clientNames;
    QHash<QString, EmailFeature> m_features;
    QString m_source;
    QString m_lastUpdate;
};

// The clients checked when none are named: the most used inboxes of transactional
// mail (docs/decisions.md).
QStringList defaultEmailClients();

// One feature found in an HTML document: its caniemail slug and where it first
// appears (a byte offset into the UTF-8 HTML, and the text that uses it).
struct FeatureUse
{
    QString slug;
    qsizetype offset = 0;
    QString snippet;
};

// The features `html` uses (tags, attributes, inline and <style> CSS, image formats),
// each once, in order of first use. Only slugs the data set knows are returned.
QList<FeatureUse> scanEmailFeatures(const QString &html);

} // namespace sendivent::checks
