"""The State Council's holiday notices for 2008 to 2026, one record per notice.

Each record is the notice as published: its title, number (where known), the
date and address of its publication on gov.cn, and per festival the rest
period, the statutory holiday days in it, and the weekend days worked in
exchange. Mid-year amendments are records of their own, applied after the
notice they amend (2015 commemoration holiday; 2019 Labour Day; 2020 Spring
Festival extension).

The day-by-day facts were transcribed from the notices as compiled by the
``holidays`` (vacanza) and ``chinesecalendar`` packages, and are checked day by
day against both in the test suite (``tests/test_cn_calendar_oracles.py``).
Addresses are those the two packages give (the docstrings of
``chinesecalendar``'s ``scripts/data.py``, and of ``holidays``'
``countries/china.py``, which cites the gov.cn 公报 via web.archive.org);
publication dates are the gov.cn posting dates in those addresses, except 2024
(notice of 2023-10-25) and 2025 (国办发明电〔2024〕12号, 2024-11-12). Document
numbers are given only where a source states them.

Which days of a rest period are statutory holidays follows the national holiday
measures in force: 2008-2013 (2007 version: 春节 is 除夕 to 初二), 2014-2024
(2013 version: 春节 is 初一 to 初三), and from 2025 (2024 version: 春节 is 除夕 to
初三, 劳动节 is 1 and 2 May).
"""

from __future__ import annotations

from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice

__all__ = ["NOTICES"]

NOTICES: tuple[HolidayNotice, ...] = (
    HolidayNotice(
        year=2008,
        title="国务院办公厅关于2008年部分节假日安排的通知",
        published="2007-12-18",
        url="http://www.gov.cn/zwgk/2007-12/18/content_837184.htm",
        arrangements=(
            Arrangement(
                "元旦", "2007-12-30", "2008-01-01", holidays="2008-01-01", makeup="2007-12-29"
            ),
            Arrangement(
                "春节",
                "2008-02-06",
                "2008-02-12",
                holidays="2008-02-06 2008-02-07 2008-02-08",
                makeup="2008-02-02 2008-02-03",
            ),
            Arrangement("清明节", "2008-04-04", "2008-04-06", holidays="2008-04-04"),
            Arrangement(
                "劳动节", "2008-05-01", "2008-05-03", holidays="2008-05-01", makeup="2008-05-04"
            ),
            Arrangement("端午节", "2008-06-07", "2008-06-09", holidays="2008-06-08"),
            Arrangement("中秋节", "2008-09-13", "2008-09-15", holidays="2008-09-14"),
            Arrangement(
                "国庆节",
                "2008-09-29",
                "2008-10-05",
                holidays="2008-10-01 2008-10-02 2008-10-03",
                makeup="2008-09-27 2008-09-28",
            ),
        ),
    ),
    HolidayNotice(
        year=2009,
        title="国务院办公厅关于2009年部分节假日安排的通知",
        published="2008-12-10",
        url="http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm",
        arrangements=(
            Arrangement(
                "元旦", "2009-01-01", "2009-01-03", holidays="2009-01-01", makeup="2009-01-04"
            ),
            Arrangement(
                "春节",
                "2009-01-25",
                "2009-01-31",
                holidays="2009-01-25 2009-01-26 2009-01-27",
                makeup="2009-01-24 2009-02-01",
            ),
            Arrangement("清明节", "2009-04-04", "2009-04-06", holidays="2009-04-04"),
            Arrangement("劳动节", "2009-05-01", "2009-05-03", holidays="2009-05-01"),
            Arrangement(
                "端午节", "2009-05-28", "2009-05-30", holidays="2009-05-28", makeup="2009-05-31"
            ),
            Arrangement(
                "国庆节、中秋节",
                "2009-10-01",
                "2009-10-08",
                holidays="2009-10-01 2009-10-02 2009-10-03",
                makeup="2009-09-27 2009-10-10",
            ),
        ),
    ),
    HolidayNotice(
        year=2010,
        title="国务院办公厅关于2010年部分节假日安排的通知",
        published="2009-12-08",
        url="http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm",
        arrangements=(
            Arrangement("元旦", "2010-01-01", "2010-01-03", holidays="2010-01-01"),
            Arrangement(
                "春节",
                "2010-02-13",
                "2010-02-19",
                holidays="2010-02-13 2010-02-14 2010-02-15",
                makeup="2010-02-20 2010-02-21",
            ),
            Arrangement("清明节", "2010-04-03", "2010-04-05", holidays="2010-04-05"),
            Arrangement("劳动节", "2010-05-01", "2010-05-03", holidays="2010-05-01"),
            Arrangement(
                "端午节",
                "2010-06-14",
                "2010-06-16",
                holidays="2010-06-16",
                makeup="2010-06-12 2010-06-13",
            ),
            Arrangement(
                "中秋节",
                "2010-09-22",
                "2010-09-24",
                holidays="2010-09-22",
                makeup="2010-09-19 2010-09-25",
            ),
            Arrangement(
                "国庆节",
                "2010-10-01",
                "2010-10-07",
                holidays="2010-10-01 2010-10-02 2010-10-03",
                makeup="2010-09-26 2010-10-09",
            ),
        ),
    ),
    HolidayNotice(
        year=2011,
        title="国务院办公厅关于2011年部分节假日安排的通知",
        published="2010-12-10",
        url="http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm",
        arrangements=(
            Arrangement("元旦", "2011-01-01", "2011-01-03", holidays="2011-01-01"),
            Arrangement(
                "春节",
                "2011-02-02",
                "2011-02-08",
                holidays="2011-02-02 2011-02-03 2011-02-04",
                makeup="2011-01-30 2011-02-12",
            ),
            Arrangement(
                "清明节", "2011-04-03", "2011-04-05", holidays="2011-04-05", makeup="2011-04-02"
            ),
            Arrangement("劳动节", "2011-04-30", "2011-05-02", holidays="2011-05-01"),
            Arrangement("端午节", "2011-06-04", "2011-06-06", holidays="2011-06-06"),
            Arrangement("中秋节", "2011-09-10", "2011-09-12", holidays="2011-09-12"),
            Arrangement(
                "国庆节",
                "2011-10-01",
                "2011-10-07",
                holidays="2011-10-01 2011-10-02 2011-10-03",
                makeup="2011-10-08 2011-10-09",
            ),
        ),
    ),
    HolidayNotice(
        year=2012,
        title="国务院办公厅关于2012年部分节假日安排的通知",
        published="2011-12-06",
        url="http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm",
        arrangements=(
            Arrangement(
                "元旦", "2012-01-01", "2012-01-03", holidays="2012-01-01", makeup="2011-12-31"
            ),
            Arrangement(
                "春节",
                "2012-01-22",
                "2012-01-28",
                holidays="2012-01-22 2012-01-23 2012-01-24",
                makeup="2012-01-21 2012-01-29",
            ),
            Arrangement(
                "清明节",
                "2012-04-02",
                "2012-04-04",
                holidays="2012-04-04",
                makeup="2012-03-31 2012-04-01",
            ),
            Arrangement(
                "劳动节", "2012-04-29", "2012-05-01", holidays="2012-05-01", makeup="2012-04-28"
            ),
            Arrangement("端午节", "2012-06-22", "2012-06-24", holidays="2012-06-23"),
            Arrangement(
                "中秋节、国庆节",
                "2012-09-30",
                "2012-10-07",
                holidays="2012-09-30 2012-10-01 2012-10-02 2012-10-03",
                makeup="2012-09-29",
            ),
        ),
    ),
    HolidayNotice(
        year=2013,
        title="国务院办公厅关于2013年部分节假日安排的通知",
        published="2012-12-10",
        url="http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm",
        arrangements=(
            Arrangement(
                "元旦",
                "2013-01-01",
                "2013-01-03",
                holidays="2013-01-01",
                makeup="2013-01-05 2013-01-06",
            ),
            Arrangement(
                "春节",
                "2013-02-09",
                "2013-02-15",
                holidays="2013-02-09 2013-02-10 2013-02-11",
                makeup="2013-02-16 2013-02-17",
            ),
            Arrangement(
                "清明节", "2013-04-04", "2013-04-06", holidays="2013-04-04", makeup="2013-04-07"
            ),
            Arrangement(
                "劳动节",
                "2013-04-29",
                "2013-05-01",
                holidays="2013-05-01",
                makeup="2013-04-27 2013-04-28",
            ),
            Arrangement(
                "端午节",
                "2013-06-10",
                "2013-06-12",
                holidays="2013-06-12",
                makeup="2013-06-08 2013-06-09",
            ),
            Arrangement(
                "中秋节", "2013-09-19", "2013-09-21", holidays="2013-09-19", makeup="2013-09-22"
            ),
            Arrangement(
                "国庆节",
                "2013-10-01",
                "2013-10-07",
                holidays="2013-10-01 2013-10-02 2013-10-03",
                makeup="2013-09-29 2013-10-12",
            ),
        ),
    ),
    HolidayNotice(
        year=2014,
        title="国务院办公厅关于2014年部分节假日安排的通知",
        published="2013-12-11",
        url="http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm",
        arrangements=(
            Arrangement("元旦", "2014-01-01", "2014-01-01", holidays="2014-01-01"),
            Arrangement(
                "春节",
                "2014-01-31",
                "2014-02-06",
                holidays="2014-01-31 2014-02-01 2014-02-02",
                makeup="2014-01-26 2014-02-08",
            ),
            Arrangement("清明节", "2014-04-05", "2014-04-07", holidays="2014-04-05"),
            Arrangement(
                "劳动节", "2014-05-01", "2014-05-03", holidays="2014-05-01", makeup="2014-05-04"
            ),
            Arrangement("端午节", "2014-05-31", "2014-06-02", holidays="2014-06-02"),
            Arrangement("中秋节", "2014-09-06", "2014-09-08", holidays="2014-09-08"),
            Arrangement(
                "国庆节",
                "2014-10-01",
                "2014-10-07",
                holidays="2014-10-01 2014-10-02 2014-10-03",
                makeup="2014-09-28 2014-10-11",
            ),
        ),
    ),
    HolidayNotice(
        year=2015,
        title="国务院办公厅关于2015年部分节假日安排的通知",
        published="2014-12-16",
        url="http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm",
        arrangements=(
            Arrangement(
                "元旦", "2015-01-01", "2015-01-03", holidays="2015-01-01", makeup="2015-01-04"
            ),
            Arrangement(
                "春节",
                "2015-02-18",
                "2015-02-24",
                holidays="2015-02-19 2015-02-20 2015-02-21",
                makeup="2015-02-15 2015-02-28",
            ),
            Arrangement("清明节", "2015-04-04", "2015-04-06", holidays="2015-04-05"),
            Arrangement("劳动节", "2015-05-01", "2015-05-03", holidays="2015-05-01"),
            Arrangement("端午节", "2015-06-20", "2015-06-22", holidays="2015-06-20"),
            Arrangement("中秋节", "2015-09-26", "2015-09-27", holidays="2015-09-27"),
            Arrangement(
                "国庆节",
                "2015-10-01",
                "2015-10-07",
                holidays="2015-10-01 2015-10-02 2015-10-03",
                makeup="2015-10-10",
            ),
        ),
    ),
    HolidayNotice(
        year=2016,
        title="国务院办公厅关于2016年部分节假日安排的通知",
        published="2015-12-10",
        url="http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm",
        arrangements=(
            Arrangement("元旦", "2016-01-01", "2016-01-03", holidays="2016-01-01"),
            Arrangement(
                "春节",
                "2016-02-07",
                "2016-02-13",
                holidays="2016-02-08 2016-02-09 2016-02-10",
                makeup="2016-02-06 2016-02-14",
            ),
            Arrangement("清明节", "2016-04-02", "2016-04-04", holidays="2016-04-04"),
            Arrangement("劳动节", "2016-04-30", "2016-05-02", holidays="2016-05-01"),
            Arrangement(
                "端午节", "2016-06-09", "2016-06-11", holidays="2016-06-09", makeup="2016-06-12"
            ),
            Arrangement(
                "中秋节", "2016-09-15", "2016-09-17", holidays="2016-09-15", makeup="2016-09-18"
            ),
            Arrangement(
                "国庆节",
                "2016-10-01",
                "2016-10-07",
                holidays="2016-10-01 2016-10-02 2016-10-03",
                makeup="2016-10-08 2016-10-09",
            ),
        ),
    ),
    HolidayNotice(
        year=2017,
        title="国务院办公厅关于2017年部分节假日安排的通知",
        published="2016-12-01",
        url="http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm",
        arrangements=(
            Arrangement("元旦", "2016-12-31", "2017-01-02", holidays="2017-01-01"),
            Arrangement(
                "春节",
                "2017-01-27",
                "2017-02-02",
                holidays="2017-01-28 2017-01-29 2017-01-30",
                makeup="2017-01-22 2017-02-04",
            ),
            Arrangement(
                "清明节", "2017-04-02", "2017-04-04", holidays="2017-04-04", makeup="2017-04-01"
            ),
            Arrangement("劳动节", "2017-04-29", "2017-05-01", holidays="2017-05-01"),
            Arrangement(
                "端午节", "2017-05-28", "2017-05-30", holidays="2017-05-30", makeup="2017-05-27"
            ),
            Arrangement(
                "中秋节、国庆节",
                "2017-10-01",
                "2017-10-08",
                holidays="2017-10-01 2017-10-02 2017-10-03 2017-10-04",
                makeup="2017-09-30",
            ),
        ),
    ),
    HolidayNotice(
        year=2018,
        title="国务院办公厅关于2018年部分节假日安排的通知",
        published="2017-11-30",
        url="http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm",
        arrangements=(
            Arrangement("元旦", "2017-12-30", "2018-01-01", holidays="2018-01-01"),
            Arrangement(
                "春节",
                "2018-02-15",
                "2018-02-21",
                holidays="2018-02-16 2018-02-17 2018-02-18",
                makeup="2018-02-11 2018-02-24",
            ),
            Arrangement(
                "清明节", "2018-04-05", "2018-04-07", holidays="2018-04-05", makeup="2018-04-08"
            ),
            Arrangement(
                "劳动节", "2018-04-29", "2018-05-01", holidays="2018-05-01", makeup="2018-04-28"
            ),
            Arrangement("端午节", "2018-06-16", "2018-06-18", holidays="2018-06-18"),
            Arrangement("中秋节", "2018-09-22", "2018-09-24", holidays="2018-09-24"),
            Arrangement(
                "国庆节",
                "2018-10-01",
                "2018-10-07",
                holidays="2018-10-01 2018-10-02 2018-10-03",
                makeup="2018-09-29 2018-09-30",
            ),
        ),
    ),
    HolidayNotice(
        year=2019,
        title="国务院办公厅关于2019年部分节假日安排的通知",
        published="2018-12-06",
        url="http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm",
        arrangements=(
            Arrangement(
                "元旦", "2018-12-30", "2019-01-01", holidays="2019-01-01", makeup="2018-12-29"
            ),
            Arrangement(
                "春节",
                "2019-02-04",
                "2019-02-10",
                holidays="2019-02-05 2019-02-06 2019-02-07",
                makeup="2019-02-02 2019-02-03",
            ),
            Arrangement("清明节", "2019-04-05", "2019-04-07", holidays="2019-04-05"),
            Arrangement("劳动节", "2019-05-01", "2019-05-01", holidays="2019-05-01"),
            Arrangement("端午节", "2019-06-07", "2019-06-09", holidays="2019-06-07"),
            Arrangement("中秋节", "2019-09-13", "2019-09-15", holidays="2019-09-13"),
            Arrangement(
                "国庆节",
                "2019-10-01",
                "2019-10-07",
                holidays="2019-10-01 2019-10-02 2019-10-03",
                makeup="2019-09-29 2019-10-12",
            ),
        ),
    ),
    HolidayNotice(
        year=2020,
        title="国务院办公厅关于2020年部分节假日安排的通知",
        published="2019-11-21",
        url="http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
        arrangements=(
            Arrangement("元旦", "2020-01-01", "2020-01-01", holidays="2020-01-01"),
            Arrangement(
                "春节",
                "2020-01-24",
                "2020-01-30",
                holidays="2020-01-25 2020-01-26 2020-01-27",
                makeup="2020-01-19 2020-02-01",
            ),
            Arrangement("清明节", "2020-04-04", "2020-04-06", holidays="2020-04-04"),
            Arrangement(
                "劳动节",
                "2020-05-01",
                "2020-05-05",
                holidays="2020-05-01",
                makeup="2020-04-26 2020-05-09",
            ),
            Arrangement(
                "端午节", "2020-06-25", "2020-06-27", holidays="2020-06-25", makeup="2020-06-28"
            ),
            Arrangement(
                "国庆节、中秋节",
                "2020-10-01",
                "2020-10-08",
                holidays="2020-10-01 2020-10-02 2020-10-03",
                makeup="2020-09-27 2020-10-10",
            ),
        ),
    ),
    HolidayNotice(
        year=2021,
        title="国务院办公厅关于2021年部分节假日安排的通知",
        published="2020-11-25",
        url="http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm",
        arrangements=(
            Arrangement("元旦", "2021-01-01", "2021-01-03", holidays="2021-01-01"),
            Arrangement(
                "春节",
                "2021-02-11",
                "2021-02-17",
                holidays="2021-02-12 2021-02-13 2021-02-14",
                makeup="2021-02-07 2021-02-20",
            ),
            Arrangement("清明节", "2021-04-03", "2021-04-05", holidays="2021-04-04"),
            Arrangement(
                "劳动节",
                "2021-05-01",
                "2021-05-05",
                holidays="2021-05-01",
                makeup="2021-04-25 2021-05-08",
            ),
            Arrangement("端午节", "2021-06-12", "2021-06-14", holidays="2021-06-14"),
            Arrangement(
                "中秋节", "2021-09-19", "2021-09-21", holidays="2021-09-21", makeup="2021-09-18"
            ),
            Arrangement(
                "国庆节",
                "2021-10-01",
                "2021-10-07",
                holidays="2021-10-01 2021-10-02 2021-10-03",
                makeup="2021-09-26 2021-10-09",
            ),
        ),
    ),
    HolidayNotice(
        year=2022,
        title="国务院办公厅关于2022年部分节假日安排的通知",
        published="2021-10-25",
        url="http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm",
        arrangements=(
            Arrangement("元旦", "2022-01-01", "2022-01-03", holidays="2022-01-01"),
            Arrangement(
                "春节",
                "2022-01-31",
                "2022-02-06",
                holidays="2022-02-01 2022-02-02 2022-02-03",
                makeup="2022-01-29 2022-01-30",
            ),
            Arrangement(
                "清明节", "2022-04-03", "2022-04-05", holidays="2022-04-05", makeup="2022-04-02"
            ),
            Arrangement(
                "劳动节",
                "2022-04-30",
                "2022-05-04",
                holidays="2022-05-01",
                makeup="2022-04-24 2022-05-07",
            ),
            Arrangement("端午节", "2022-06-03", "2022-06-05", holidays="2022-06-03"),
            Arrangement("中秋节", "2022-09-10", "2022-09-12", holidays="2022-09-10"),
            Arrangement(
                "国庆节",
                "2022-10-01",
                "2022-10-07",
                holidays="2022-10-01 2022-10-02 2022-10-03",
                makeup="2022-10-08 2022-10-09",
            ),
        ),
    ),
    HolidayNotice(
        year=2023,
        title="国务院办公厅关于2023年部分节假日安排的通知",
        published="2022-12-08",
        url="http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm",
        arrangements=(
            Arrangement("元旦", "2022-12-31", "2023-01-02", holidays="2023-01-01"),
            Arrangement(
                "春节",
                "2023-01-21",
                "2023-01-27",
                holidays="2023-01-22 2023-01-23 2023-01-24",
                makeup="2023-01-28 2023-01-29",
            ),
            Arrangement("清明节", "2023-04-05", "2023-04-05", holidays="2023-04-05"),
            Arrangement(
                "劳动节",
                "2023-04-29",
                "2023-05-03",
                holidays="2023-05-01",
                makeup="2023-04-23 2023-05-06",
            ),
            Arrangement(
                "端午节", "2023-06-22", "2023-06-24", holidays="2023-06-22", makeup="2023-06-25"
            ),
            Arrangement(
                "中秋节、国庆节",
                "2023-09-29",
                "2023-10-06",
                holidays="2023-09-29 2023-10-01 2023-10-02 2023-10-03",
                makeup="2023-10-07 2023-10-08",
            ),
        ),
    ),
    HolidayNotice(
        year=2024,
        title="国务院办公厅关于2024年部分节假日安排的通知",
        published="2023-10-25",
        url="https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
        arrangements=(
            Arrangement("元旦", "2023-12-30", "2024-01-01", holidays="2024-01-01"),
            Arrangement(
                "春节",
                "2024-02-10",
                "2024-02-17",
                holidays="2024-02-10 2024-02-11 2024-02-12",
                makeup="2024-02-04 2024-02-18",
            ),
            Arrangement(
                "清明节", "2024-04-04", "2024-04-06", holidays="2024-04-04", makeup="2024-04-07"
            ),
            Arrangement(
                "劳动节",
                "2024-05-01",
                "2024-05-05",
                holidays="2024-05-01",
                makeup="2024-04-28 2024-05-11",
            ),
            Arrangement("端午节", "2024-06-08", "2024-06-10", holidays="2024-06-10"),
            Arrangement(
                "中秋节", "2024-09-15", "2024-09-17", holidays="2024-09-17", makeup="2024-09-14"
            ),
            Arrangement(
                "国庆节",
                "2024-10-01",
                "2024-10-07",
                holidays="2024-10-01 2024-10-02 2024-10-03",
                makeup="2024-09-29 2024-10-12",
            ),
        ),
    ),
    HolidayNotice(
        year=2025,
        title="国务院办公厅关于2025年部分节假日安排的通知",
        number="国办发明电〔2024〕12号",
        published="2024-11-12",
        url="https://www.gov.cn/zhengce/content/202411/content_6986382.htm",
        arrangements=(
            Arrangement("元旦", "2025-01-01", "2025-01-01", holidays="2025-01-01"),
            Arrangement(
                "春节",
                "2025-01-28",
                "2025-02-04",
                holidays="2025-01-28 2025-01-29 2025-01-30 2025-01-31",
                makeup="2025-01-26 2025-02-08",
            ),
            Arrangement("清明节", "2025-04-04", "2025-04-06", holidays="2025-04-04"),
            Arrangement(
                "劳动节",
                "2025-05-01",
                "2025-05-05",
                holidays="2025-05-01 2025-05-02",
                makeup="2025-04-27",
            ),
            Arrangement("端午节", "2025-05-31", "2025-06-02", holidays="2025-05-31"),
            Arrangement(
                "国庆节、中秋节",
                "2025-10-01",
                "2025-10-08",
                holidays="2025-10-01 2025-10-02 2025-10-03 2025-10-06",
                makeup="2025-09-28 2025-10-11",
            ),
        ),
    ),
    HolidayNotice(
        year=2026,
        title="国务院办公厅关于2026年部分节假日安排的通知",
        published="2025-11-04",
        url="https://www.gov.cn/zhengce/content/202511/content_7047090.htm",
        arrangements=(
            Arrangement(
                "元旦", "2026-01-01", "2026-01-03", holidays="2026-01-01", makeup="2026-01-04"
            ),
            Arrangement(
                "春节",
                "2026-02-15",
                "2026-02-23",
                holidays="2026-02-16 2026-02-17 2026-02-18 2026-02-19",
                makeup="2026-02-14 2026-02-28",
            ),
            Arrangement("清明节", "2026-04-04", "2026-04-06", holidays="2026-04-05"),
            Arrangement(
                "劳动节",
                "2026-05-01",
                "2026-05-05",
                holidays="2026-05-01 2026-05-02",
                makeup="2026-05-09",
            ),
            Arrangement("端午节", "2026-06-19", "2026-06-21", holidays="2026-06-19"),
            Arrangement("中秋节", "2026-09-25", "2026-09-27", holidays="2026-09-25"),
            Arrangement(
                "国庆节",
                "2026-10-01",
                "2026-10-07",
                holidays="2026-10-01 2026-10-02 2026-10-03",
                makeup="2026-09-20 2026-10-10",
            ),
        ),
    ),
    # -- mid-year amendments ------------------------------------------------------------
    HolidayNotice(
        year=2015,
        title="国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
        published="2015-05-13",
        url="http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm",
        arrangements=(
            Arrangement(
                "抗战胜利70周年纪念日",
                "2015-09-03",
                "2015-09-05",
                holidays="2015-09-03",
                makeup="2015-09-06",
            ),
        ),
        amends=True,
    ),
    HolidayNotice(
        year=2019,
        title="国务院办公厅关于调整2019年劳动节假期安排的通知",
        published="2019-03-22",
        url="http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm",
        arrangements=(
            Arrangement(
                "劳动节",
                "2019-05-01",
                "2019-05-04",
                holidays="2019-05-01",
                makeup="2019-04-28 2019-05-05",
            ),
        ),
        amends=True,
    ),
    HolidayNotice(
        year=2020,
        title="国务院办公厅关于延长2020年春节假期的通知",
        published="2020-01-27",
        url="http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
        # Extended to 2 February: 31 January and the weekend of 1-2 February become rest
        # days, which cancels the makeup working day of 1 February.
        arrangements=(Arrangement("春节（延长）", "2020-01-31", "2020-02-02"),),
        amends=True,
    ),
)
