// The template studio's draft model without a widget (issue 19): dirty and clean,
// the stash of other events' drafts, the fallback language, what blocks a save.
#include <studio/templatedraft.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::app;
using namespace Qt::StringLiterals;

namespace {

Event orderEvent()
{
    Event e;
    e.identifier = u"order.confirmed"_s;
    e.name = u"Order confirmed"_s;
    e.channels = {Channel::Email, Channel::Sms};
    e.defaultLanguage = u"en"_s;
    e.templates = {{Channel::Email, u"en"_s, {{u"subject"_s, u"Order {{payload.id}}"_s}, {u"html"_s, u"<p>Hi</p>"_s}}},
                   {Channel::Email, u"sv"_s, {{u"subject"_s, u"Order {{payload.id}} (sv)"_s}}},
                   {Channel::Sms, u"en"_s, {{u"text"_s, u"Order {{payload.id}}"_s}}}};
    return e;
}

Event welcomeEvent()
{
    Event e;
    e.identifier = u"user.welcome"_s;
    e.channels = {Channel::Push};
    e.templates = {{Channel::Push, u"en"_s, {{u"title"_s, u"Welcome"_s}, {u"body"_s, u"Hi"_s}}}};
    return e;
}

} // namespace

class tst_TemplateDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensClean();
    void editingMakesDirtyAndUndoingMakesClean();
    void templateTypedIntoBeingAndEmptiedIsGone();
    void revertAndSave();
    void otherEventsDraftsWaitInTheStash();
    void aMissingEventShowsNothing();
    void aLanguageWithoutTheTemplateFallsBack();
    void firstSyntaxErrorBlocksSaving();
    void appliedToTheWorkspace();
};

void tst_TemplateDraft::opensClean()
{
    TemplateDraft draft;
    QVERIFY(!draft.hasEvent());
    QVERIFY(!draft.hasUnsavedChanges());
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    QVERIFY(draft.hasEvent());
    QCOMPARE(draft.identifier(), order.identifier);
    QCOMPARE(draft.draft(), order);
    QCOMPARE(draft.stored(), order);
    QVERIFY(!draft.isDirty());
    QVERIFY(!draft.hasUnsavedChanges());
    QVERIFY(!draft.isEditing(order.identifier));
}

void tst_TemplateDraft::editingMakesDirtyAndUndoingMakesClean()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    draft.setField(Channel::Email, u"en"_s, u"subject"_s, u"Order {{payload.id}}!"_s);
    QVERIFY(draft.isDirty());
    QVERIFY(draft.hasUnsavedChanges());
    QVERIFY(draft.isEditing(order.identifier));
    QVERIFY(!draft.isEditing(u"user.welcome"_s));
    QCOMPARE(draft.draft().findTemplate(Channel::Email, u"en"_s)->fields.value(u"subject"_s),
             u"Order {{payload.id}}!"_s);
    QCOMPARE(draft.stored(), order); // the stored form is untouched
    draft.setField(Channel::Email, u"en"_s, u"subject"_s, u"Order {{payload.id}}"_s);
    QVERIFY(!draft.isDirty());
    QVERIFY(!draft.hasUnsavedChanges());
}

void tst_TemplateDraft::templateTypedIntoBeingAndEmptiedIsGone()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    draft.setField(Channel::Sms, u"sv"_s, u"text"_s, u"B"_s);
    QVERIFY(draft.isDirty());
    QCOMPARE(draft.draft().templates.size(), order.templates.size() + 1);
    QCOMPARE(draft.draft().findTemplate(Channel::Sms, u"sv"_s)->fields.value(u"text"_s), u"B"_s);
    draft.setField(Channel::Sms, u"sv"_s, u"text"_s, QString());
    QVERIFY(!draft.draft().findTemplate(Channel::Sms, u"sv"_s));
    QVERIFY(!draft.isDirty());

    // A stored template emptied is a change: the stored one would be overwritten.
    draft.setField(Channel::Sms, u"en"_s, u"text"_s, QString());
    QVERIFY(draft.draft().findTemplate(Channel::Sms, u"en"_s));
    QVERIFY(draft.isDirty());
}

void tst_TemplateDraft::revertAndSave()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    draft.setField(Channel::Email, u"en"_s, u"html"_s, u"<p>Changed</p>"_s);
    draft.revert();
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.draft(), order);

    draft.setField(Channel::Email, u"en"_s, u"html"_s, u"<p>Changed</p>"_s);
    draft.markSaved();
    QVERIFY(!draft.isDirty());
    QVERIFY(!draft.hasUnsavedChanges());
    QCOMPARE(draft.stored().findTemplate(Channel::Email, u"en"_s)->fields.value(u"html"_s), u"<p>Changed</p>"_s);
    draft.revert(); // to what was saved, not to what was opened
    QCOMPARE(draft.draft().findTemplate(Channel::Email, u"en"_s)->fields.value(u"html"_s), u"<p>Changed</p>"_s);
}

void tst_TemplateDraft::otherEventsDraftsWaitInTheStash()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    const Event welcome = welcomeEvent();
    draft.open(order.identifier, &order);
    draft.setField(Channel::Sms, u"en"_s, u"text"_s, u"Edited"_s);

    draft.open(welcome.identifier, &welcome);
    QCOMPARE(draft.identifier(), welcome.identifier);
    QVERIFY(!draft.isDirty()); // the event shown is as stored
    QVERIFY(draft.hasUnsavedChanges()); // but the order's draft waits
    QCOMPARE(draft.stashedEvents(), QStringList {order.identifier});

    // A clean event is not stashed when another is opened.
    draft.open(order.identifier, &order);
    QVERIFY(draft.stashedEvents().isEmpty());
    QVERIFY(draft.isDirty());
    QCOMPARE(draft.draft().findTemplate(Channel::Sms, u"en"_s)->fields.value(u"text"_s), u"Edited"_s);

    // Reopening the event shown follows the workspace (the page asks isEditing()
    // first, to keep a draft being edited when the workspace changes underneath).
    QVERIFY(draft.isEditing(order.identifier));
    draft.open(order.identifier, &order);
    QVERIFY(!draft.isDirty());
    QVERIFY(!draft.hasUnsavedChanges());
}

void tst_TemplateDraft::aMissingEventShowsNothing()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    draft.setField(Channel::Sms, u"en"_s, u"text"_s, u"Edited"_s);
    draft.open(u"gone"_s, nullptr);
    QVERIFY(!draft.hasEvent());
    QCOMPARE(draft.identifier(), order.identifier); // the last event opened
    QCOMPARE(draft.stashedEvents(), QStringList {order.identifier});
    QVERIFY(draft.hasUnsavedChanges());

    TemplateDraft other;
    other.open(order.identifier, &order);
    other.setField(Channel::Sms, u"en"_s, u"text"_s, u"Edited"_s);
    other.close(); // the workspace has no event at all: the draft goes with it
    QVERIFY(!other.hasEvent());
    QVERIFY(!other.isDirty());
    QVERIFY(!other.hasUnsavedChanges());
}

void tst_TemplateDraft::aLanguageWithoutTheTemplateFallsBack()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    bool fallback = true;
    const EventTemplate *t = draft.templateFor(Channel::Email, u"sv"_s, &fallback);
    QVERIFY(t);
    QCOMPARE(t->language, u"sv"_s);
    QVERIFY(!fallback);

    t = draft.templateFor(Channel::Sms, u"sv"_s, &fallback);
    QVERIFY(t);
    QCOMPARE(t->language, u"en"_s); // the default language's, as a send takes
    QVERIFY(fallback);

    // Typing one into being ends the fallback; the draft, not the stored form, decides.
    draft.setField(Channel::Sms, u"sv"_s, u"text"_s, u"Order (sv)"_s);
    t = draft.templateFor(Channel::Sms, u"sv"_s, &fallback);
    QCOMPARE(t->language, u"sv"_s);
    QVERIFY(!fallback);

    QVERIFY(!draft.templateFor(Channel::Push, u"sv"_s, &fallback));
    QVERIFY(fallback);
}

void tst_TemplateDraft::firstSyntaxErrorBlocksSaving()
{
    TemplateDraft draft;
    const Event order = orderEvent();
    draft.open(order.identifier, &order);
    QVERIFY(!draft.firstSyntaxError());
    draft.setField(Channel::Sms, u"en"_s, u"text"_s, u"line one\n  {{#if x}}never closed"_s);
    const auto error = draft.firstSyntaxError();
    QVERIFY(error);
    QCOMPARE(error->channel, Channel::Sms);
    QCOMPARE(error->language, u"en"_s);
    QCOMPARE(error->problem.field, u"text"_s);
    QVERIFY(error->problem.isSyntax());
    QVERIFY(error->problem.line >= 2);
    QVERIFY(!error->problem.message.isEmpty());
}

void tst_TemplateDraft::appliedToTheWorkspace()
{
    Workspace ws;
    ws.events = {welcomeEvent(), orderEvent()};
    TemplateDraft draft;
    draft.open(ws.events[1].identifier, &ws.events[1]);
    draft.setField(Channel::Email, u"en"_s, u"subject"_s, u"New"_s);
    qsizetype index = -1;
    const auto next = draft.appliedTo(ws, &index);
    QVERIFY(next);
    QCOMPARE(index, 1);
    QCOMPARE(next->events[1], draft.draft());
    QCOMPARE(next->events[0], ws.events[0]);

    ws.events.removeLast();
    QVERIFY(!draft.appliedTo(ws, &index));
    QCOMPARE(index, -1);
}

QTEST_GUILESS_MAIN(tst_TemplateDraft)
#include "tst_templatedraft.moc"
