#pragma once
// Pictures people upload (a worker's photo, a community's QR code image): JPEG or PNG by their
// first bytes, whatever the file was called.
#include <QByteArray>

namespace gd::image {

inline bool isJpegOrPng(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n");
}

} // namespace gd::image
