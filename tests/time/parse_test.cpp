// Instants, durations and offsets as the command line and files write them.
#include "testutil.h"

#include "time/instant.h"

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

struct InstantCase
{
    const char *name;
    const char *text;
    long long epochSeconds;
};

class ParseInstant : public testing::TestWithParam<InstantCase>
{
};

TEST_P(ParseInstant, ReadsTheInstant)
{
    const auto result = parseInstant(QString::fromUtf8(GetParam().text));
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    EXPECT_EQ(result->time_since_epoch().count(), GetParam().epochSeconds);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseInstant,
    testing::Values(InstantCase{"Utc", "2019-12-05T17:00:00Z", 1575565200},
                    InstantCase{"PositiveOffset", "2027-02-14T18:00:00+01:00", 1802624400},
                    InstantCase{"NegativeOffset", "2027-02-14T14:00:00-03:00", 1802624400},
                    InstantCase{"CompactOffset", "2027-02-14T18:00:00+0100", 1802624400},
                    InstantCase{"HourOffset", "2027-02-14T18:00:00+01", 1802624400},
                    InstantCase{"NoSeconds", "2027-02-14T17:00Z", 1802624400},
                    InstantCase{"Fraction", "2027-02-14T17:00:00.750Z", 1802624400},
                    InstantCase{"SpaceForT", "2027-02-14 17:00:00Z", 1802624400},
                    InstantCase{"LowerCase", "2027-02-14t17:00:00z", 1802624400},
                    InstantCase{"Nepal", "2027-02-14T22:45:00+05:45", 1802624400},
                    InstantCase{"Surrounded", "  2027-02-14T17:00:00Z \n", 1802624400},
                    InstantCase{"LeapDay", "2028-02-29T00:00:00Z", 1835395200},
                    InstantCase{"Epoch", "1970-01-01T00:00:00Z", 0},
                    InstantCase{"Before1970", "1969-12-31T23:59:59Z", -1},
                    InstantCase{"After2038", "2040-07-01T12:00:00Z", 2224756800},
                    InstantCase{"MidnightAs24", "2027-02-13T24:00:00Z", 1802563200}),
    Chorus::Test::ByName());

struct BadCase
{
    const char *name;
    const char *text;
    const char *mentions; // the message must contain this
};

class RefuseInstant : public testing::TestWithParam<BadCase>
{
};

TEST_P(RefuseInstant, NamesTheValue)
{
    const QString text = QString::fromUtf8(GetParam().text);
    const auto result = parseInstant(text);
    ASSERT_FALSE(result.has_value());
    const QString message = result.error().message;
    if (!text.trimmed().isEmpty()) {
        EXPECT_TRUE(message.contains(text.trimmed().left(20))) << message.toStdString();
    }
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().mentions))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bad, RefuseInstant,
    testing::Values(BadCase{"Empty", "", "required"},
                    BadCase{"NoZone", "2027-02-14T17:00:00", "no zone"},
                    BadCase{"Month13", "2027-13-01T00:00:00Z", "no such date"},
                    BadCase{"Feb30", "2027-02-30T00:00:00Z", "no such date"},
                    BadCase{"NotLeap", "2027-02-29T00:00:00Z", "no such date"},
                    BadCase{"Hour25", "2027-02-14T25:00:00Z", "no such time"},
                    BadCase{"Minute60", "2027-02-14T17:60:00Z", "no such time"},
                    BadCase{"DateOnly", "2027-02-14", "time"},
                    BadCase{"Words", "tomorrow", "ISO 8601"},
                    BadCase{"BadOffset", "2027-02-14T17:00:00+25:00", "offset"},
                    BadCase{"Trailing", "2027-02-14T17:00:00Zjunk", "offset"},
                    BadCase{"ShortYear", "27-02-14T17:00:00Z", "date"},
                    BadCase{"YearZero", "0000-01-01T00:00:00Z", "no such date"}),
    Chorus::Test::ByName());

TEST(ParseInstant, ShortensHugeValuesInTheMessage)
{
    const QString huge(100000, u'9');
    const auto result = parseInstant(huge);
    ASSERT_FALSE(result.has_value());
    EXPECT_LT(result.error().message.size(), 300);
}

struct DurationCase
{
    const char *name;
    const char *text;
    int minutes;
};

class ParseDuration : public testing::TestWithParam<DurationCase>
{
};

TEST_P(ParseDuration, ReadsMinutes)
{
    const auto result = parseDuration(QString::fromUtf8(GetParam().text));
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    EXPECT_EQ(result->count(), GetParam().minutes);
}

INSTANTIATE_TEST_SUITE_P(Forms, ParseDuration,
                         testing::Values(DurationCase{"BareMinutes", "90", 90},
                                         DurationCase{"Minutes", "90m", 90},
                                         DurationCase{"Hour", "1h", 60},
                                         DurationCase{"HourMinutes", "1h30m", 90},
                                         DurationCase{"Days", "2d", 2880},
                                         DurationCase{"DayHours", "1d12h", 2160},
                                         DurationCase{"All", "1d1h1m", 1501},
                                         DurationCase{"Upper", "1H30M", 90},
                                         DurationCase{"Zero", "0", 0},
                                         DurationCase{"Max", "400d", 576000}),
                         Chorus::Test::ByName());

class RefuseDuration : public testing::TestWithParam<BadCase>
{
};

TEST_P(RefuseDuration, NamesTheValue)
{
    const QString text = QString::fromUtf8(GetParam().text);
    const auto result = parseDuration(text);
    ASSERT_FALSE(result.has_value()) << GetParam().text;
    EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(GetParam().mentions)))
        << result.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bad, RefuseDuration,
    testing::Values(BadCase{"Empty", "", "required"}, BadCase{"Negative", "-5", "negative"},
                    BadCase{"NegativeUnit", "-1h", "negative"},
                    BadCase{"UnknownUnit", "5s", "'s' is not a unit"},
                    BadCase{"WrongOrder", "30m1h", "order"},
                    BadCase{"Repeated", "1h1h", "order"},
                    BadCase{"DanglingNumber", "1h30", "no unit"},
                    BadCase{"Words", "an hour", "number"},
                    BadCase{"TooLong", "401d", "400 days"},
                    BadCase{"Overflow", "99999999999999999999", "400 days"},
                    BadCase{"Decimal", "1.5h", "'.' is not a unit"}),
    Chorus::Test::ByName());

TEST(Format, UtcAndLocal)
{
    EXPECT_EQ(formatUtc(at("2019-12-05T17:00:00Z")), QStringLiteral("2019-12-05T17:00:00Z"));
    EXPECT_EQ(formatLocal(at("2019-12-05T17:00:00Z"), 19800),
              QStringLiteral("2019-12-05T22:30:00+05:30"));
    EXPECT_EQ(formatLocal(at("2019-12-05T17:00:00Z"), -12600),
              QStringLiteral("2019-12-05T13:30:00-03:30"));
    EXPECT_EQ(formatLocal(at("2011-12-30T10:00:00Z"), 50400),
              QStringLiteral("2011-12-31T00:00:00+14:00"));
    EXPECT_EQ(formatOffset(0), QStringLiteral("+00:00"));
    EXPECT_EQ(formatOffset(1172), QStringLiteral("+00:19:32")); // Amsterdam's old LMT
    EXPECT_EQ(formatUtc(minInstant), QStringLiteral("0001-01-01T00:00:00Z"));
    EXPECT_EQ(formatUtc(maxInstant), QStringLiteral("9999-12-31T23:59:59Z"));
}

TEST(Format, RoundTripsThroughTheParser)
{
    for (const long long seconds : {-62135596800LL, -1LL, 0LL, 951782400LL, 2147483648LL,
                                    4102444800LL, 253402300799LL}) {
        const Instant instant{std::chrono::seconds{seconds}};
        for (const int offset : {0, 3600, -18000, 19800, 20700, 45900, 50400, -36000}) {
            const auto back = parseInstant(formatLocal(instant, offset));
            if ((instant == minInstant && offset < 0) || (instant == maxInstant && offset > 0))
                continue; // the wall clock would read year 0 or 10000
            ASSERT_TRUE(back.has_value()) << formatLocal(instant, offset).toStdString();
            EXPECT_EQ(*back, instant);
        }
    }
}

TEST(Format, DurationRoundTrip)
{
    for (const int minutes : {0, 1, 59, 60, 61, 90, 1439, 1440, 1441, 2880, 10000}) {
        const QString text = formatDuration(std::chrono::minutes{minutes});
        const auto back = parseDuration(text);
        ASSERT_TRUE(back.has_value()) << text.toStdString();
        EXPECT_EQ(back->count(), minutes) << text.toStdString();
    }
    EXPECT_EQ(formatDuration(std::chrono::minutes{90}), QStringLiteral("1h30m"));
}

TEST(ParseOffset, Forms)
{
    EXPECT_EQ(parseOffset(u"Z").value(), 0);
    EXPECT_EQ(parseOffset(u"+05:45").value(), 20700);
    EXPECT_EQ(parseOffset(u"-0330").value(), -12600);
    EXPECT_EQ(parseOffset(u"\u221205:00").value(), -18000); // U+2212 MINUS SIGN
    EXPECT_FALSE(parseOffset(u"+5").has_value());
    EXPECT_FALSE(parseOffset(u"Berlin").has_value());
}

} // namespace
