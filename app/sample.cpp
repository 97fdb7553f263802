#include "sample.h"

#include <QCoreApplication>
#include <QFile>

QString bundledSampleName()
{
    return QCoreApplication::translate("Sample", "bundled sample (Microsoft Graph documentation example)");
}

LoadResult loadBundledSample()
{
    QFile file(QStringLiteral(":/samples/seed-full-example.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error = QCoreApplication::translate("Sample", "The bundled sample is missing from this build.");
        return result;
    }
    const QByteArray data = file.readAll();
    return loadCallRecordBytes(std::string(data.constData(), size_t(data.size())), bundledSampleName());
}
