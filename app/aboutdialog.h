#pragma once

#include <QtWidgets/QDialog>

namespace sendivent::app {

// Help → About: the version, what the console is, and the licences of the libraries
// and data it bundles or links.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

// Help → User guide: the README, shipped inside the program so it reads offline and
// matches this version.
class GuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
};

} // namespace sendivent::app
