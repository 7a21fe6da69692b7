#pragma once

#include <base/apierror.h>
#include <base/result.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QFuture>

#include <functional>

namespace sendivent::app {

// The signals of a PagedModel (a template cannot declare them itself).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Rows the backend has in all; rowCount() is how many of them are loaded.
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const sendivent::Error &error);

protected:
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_failed = false;
    quint64 m_generation = 0; // answers to an older query are dropped
};

// A table over a list the backend pages through (limit/offset, as the API does):
// rows are loaded a page at a time as the view scrolls (fetchMore), never the whole
// list. `refresh()` re-reads the first page and merges it in place, so rows made
// since appear at the top (newest-first lists) and changed ones are updated, without
// resetting the view's scroll position and selection.
template <typename T>
class PagedModel : public PagedModelBase
{
public:
    static constexpr int kPageSize = 100; // the API's maximum

    using PagedModelBase::PagedModelBase;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_loading && !m_failed && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            load(int(m_rows.size()));
    }

    // Starts over from the first page (a new filter or search).
    void reload()
    {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_loading = false;
        m_failed = false;
        endResetModel();
        load(0);
    }

    void refresh()
    {
        if (m_rows.isEmpty()) {
            reload();
            return;
        }
        const quint64 generation = m_generation;
        whenReady(fetch(0, kPageSize), [this, generation](const Result<Page> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                Q_EMIT loadFailed(page.error());
                return;
            }
            merge(page->rows, page->total);
        });
    }

    const T *at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    int rowOf(const QString &key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows[i]) == key)
                return int(i);
        }
        return -1;
    }

    // A row the caller read anew (after an edit, a trace): replaced where it is.
    void updateRow(const T &value)
    {
        const int row = rowOf(keyOf(value));
        if (row < 0)
            return;
        m_rows[row] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    void removeKey(const QString &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_total = std::max<qint64>(0, m_total - 1);
    }

protected:
    struct Page
    {
        QList<T> rows;
        qint64 total = 0;
    };
    virtual QFuture<Result<Page>> fetch(int offset, int limit) = 0;
    virtual QString keyOf(const T &value) const = 0;

    QList<T> m_rows;

private:
    // A local backend's answer is there at once; a remote's arrives on this thread later.
    template <typename F>
    void whenReady(QFuture<Result<Page>> future, F handler)
    {
        if (future.isFinished())
            handler(future.result());
        else
            future.then(this, std::move(handler));
    }

    void load(int offset)
    {
        m_loading = true;
        // Rows are never inserted inside fetchMore() or reload(): views (and the model
        // tester) call fetchMore while handling a change, and a backend that answers
        // at once would nest a second change inside the first.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation, offset] {
            if (generation == m_generation)
                whenReady(fetch(offset, kPageSize), [this, generation, offset](const Result<Page> &page) {
                    loaded(generation, offset, page);
                });
        }, Qt::QueuedConnection);
    }

    void loaded(quint64 generation, int offset, const Result<Page> &page)
    {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!page) {
            m_failed = true;
            Q_EMIT loadFailed(page.error());
            return;
        }
        m_total = page->total;
        // Rows appended or removed since the last page shift the offsets; keep
        // only rows not loaded yet.
        QList<T> fresh;
        for (const T &value : page->rows) {
            if (offset == m_rows.size() || rowOf(keyOf(value)) < 0)
                fresh.append(value);
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
            m_rows.append(fresh);
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    }

    void merge(const QList<T> &head, qint64 total)
    {
        m_total = total;
        if (head.isEmpty()) {
            reload();
            return;
        }
        // Rows made since: the head's rows before the first loaded one.
        const QString first = keyOf(m_rows.first());
        qsizetype newer = -1;
        for (qsizetype i = 0; i < head.size(); ++i) {
            if (keyOf(head[i]) == first) {
                newer = i;
                break;
            }
        }
        if (newer < 0) {
            // The first row is gone, or more rows came than a page holds.
            reload();
            return;
        }
        if (newer > 0) {
            beginInsertRows({}, 0, int(newer - 1));
            m_rows = head.mid(0, newer) + m_rows;
            endInsertRows();
        }
        for (qsizetype i = newer; i < head.size(); ++i) {
            const int row = rowOf(keyOf(head[i]));
            if (row >= 0 && !(m_rows[row] == head[i])) {
                m_rows[row] = head[i];
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
        // A short list that grew at its end (oldest-first lists) loads the new rows.
        if (m_rows.size() < kPageSize && canFetchMore({}))
            fetchMore({});
        Q_EMIT pageLoaded();
    }
};

} // namespace sendivent::app
