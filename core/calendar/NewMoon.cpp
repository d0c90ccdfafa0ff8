#include "NewMoon.h"

#include <QTimeZone>

#include <cmath>

namespace gd::holidays {

namespace {

constexpr double kPi = 3.14159265358979323846;

double sinDeg(double degrees)
{
    return std::sin(degrees * kPi / 180.0);
}

// ΔT = TT − UT in seconds (the Espenak–Meeus polynomials); an error of a minute here moves a
// conjunction by a minute, well inside what the check below needs.
double deltaT(double year)
{
    if (year < 1920) {
        const double t = year - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
        const double t = year - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * std::pow(t, 4) +
               0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    return -20 + 32 * std::pow((year - 1820) / 100, 2) - 0.5628 * (2150 - year);
}

// The Julian Ephemeris Day of new moon number k (k = 0: 6 January 2000).
double newMoonJde(double k)
{
    const double T = k / 1236.85, T2 = T * T, T3 = T2 * T, T4 = T3 * T;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
    const double E = 1 - 0.002516 * T - 0.0000074 * T2;
    const double M = 2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3; // the Sun's anomaly
    const double Mm = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4; // the Moon's
    const double F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
    const double Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
    jde += -0.40720 * sinDeg(Mm) + 0.17241 * E * sinDeg(M) + 0.01608 * sinDeg(2 * Mm) + 0.01039 * sinDeg(2 * F) +
           0.00739 * E * sinDeg(Mm - M) - 0.00514 * E * sinDeg(Mm + M) + 0.00208 * E * E * sinDeg(2 * M) -
           0.00111 * sinDeg(Mm - 2 * F) - 0.00057 * sinDeg(Mm + 2 * F) + 0.00056 * E * sinDeg(2 * Mm + M) -
           0.00042 * sinDeg(3 * Mm) + 0.00042 * E * sinDeg(M + 2 * F) + 0.00038 * E * sinDeg(M - 2 * F) -
           0.00024 * E * sinDeg(2 * Mm - M) - 0.00017 * sinDeg(Om) - 0.00007 * sinDeg(Mm + 2 * M) +
           0.00004 * sinDeg(2 * Mm - 2 * F) + 0.00004 * sinDeg(3 * M) + 0.00003 * sinDeg(Mm + M - 2 * F) +
           0.00003 * sinDeg(2 * Mm + 2 * F) - 0.00003 * sinDeg(Mm + M + 2 * F) + 0.00003 * sinDeg(Mm - M + 2 * F) -
           0.00002 * sinDeg(Mm - M - 2 * F) - 0.00002 * sinDeg(3 * Mm + M) + 0.00002 * sinDeg(4 * Mm);
    // The planets' pull (Meeus's A1–A14).
    const double planets[14][3] = {
        {299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042},  {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
    };
    for (int i = 0; i < 14; ++i) {
        double a = planets[i][0] + planets[i][1] * k;
        if (i == 0)
            a -= 0.009173 * T2;
        jde += planets[i][2] * sinDeg(a);
    }
    return jde;
}

constexpr double kUnixEpochJd = 2440587.5;

} // namespace

QDateTime newMoonNear(const QDateTime &near)
{
    if (!near.isValid())
        return {};
    const int year = near.toUTC().date().year();
    if (year < 1901 || year > 2099)
        return {};
    const double jd = double(near.toMSecsSinceEpoch()) / 86400000.0 + kUnixEpochJd;
    const double k = std::round((jd - 2451550.09766) / 29.530588861);
    const double ut = newMoonJde(k) - deltaT(year + (near.date().month() - 0.5) / 12) / 86400.0;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround((ut - kUnixEpochJd) * 86400000.0)), QTimeZone::utc());
}

} // namespace gd::holidays
