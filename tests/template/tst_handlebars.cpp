#include "template/handlebars.h"

#include <QTest>

using namespace sendivent;

class TestHandlebars : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(hbs::Template::compile("x").hasValue()); }
};

QTEST_GUILESS_MAIN(TestHandlebars)
#include "tst_handlebars.moc"
