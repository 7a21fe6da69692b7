# sendivent_rfc5322_date(YYYY-MM-DD OUT): the date as a Debian changelog writes it,
# "Fri, 27 Nov 2026 12:00:00 +0000". Computed rather than taken from the clock so that
# rebuilding a release gives the same package. Noon UTC keeps the day the same
# everywhere.
function(sendivent_rfc5322_date date out)
    if(NOT date MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "a release date is YYYY-MM-DD, got '${date}'")
    endif()
    set(year "${CMAKE_MATCH_1}")
    set(day_text "${CMAKE_MATCH_3}")
    string(REGEX REPLACE "^0" "" month "${CMAKE_MATCH_2}")
    string(REGEX REPLACE "^0" "" day "${day_text}")

    # Days since 1970-01-01 (H. Hinnant's days_from_civil, for years after 0).
    set(y ${year})
    if(month LESS_EQUAL 2)
        math(EXPR y "${y} - 1")
        math(EXPR mp "${month} + 9")
    else()
        math(EXPR mp "${month} - 3")
    endif()
    math(EXPR era "${y} / 400")
    math(EXPR yoe "${y} - ${era} * 400")
    math(EXPR doy "(153 * ${mp} + 2) / 5 + ${day} - 1")
    math(EXPR doe "${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + ${doy}")
    math(EXPR days "${era} * 146097 + ${doe} - 719468")

    # 1970-01-01 was a Thursday.
    math(EXPR weekday "(${days} + 4) % 7")
    set(weekdays Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET weekdays ${weekday} weekday_name)
    math(EXPR month_index "${month} - 1")
    list(GET months ${month_index} month_name)
    set(${out} "${weekday_name}, ${day_text} ${month_name} ${year} 12:00:00 +0000" PARENT_SCOPE)
endfunction()
