package jp.bansou.calendar;

/** The names of Japanese holidays, as the Cabinet Office lists them, with an English gloss. */
enum HolidayName {
    NEW_YEARS_DAY("元日", "New Year's Day"),
    COMING_OF_AGE_DAY("成人の日", "Coming of Age Day"),
    NATIONAL_FOUNDATION_DAY("建国記念の日", "National Foundation Day"),
    EMPERORS_BIRTHDAY("天皇誕生日", "Emperor's Birthday"),
    VERNAL_EQUINOX_DAY("春分の日", "Vernal Equinox Day"),
    SHOWA_DAY("昭和の日", "Showa Day"),
    CONSTITUTION_MEMORIAL_DAY("憲法記念日", "Constitution Memorial Day"),
    GREENERY_DAY("みどりの日", "Greenery Day"),
    CHILDRENS_DAY("こどもの日", "Children's Day"),
    MARINE_DAY("海の日", "Marine Day"),
    MOUNTAIN_DAY("山の日", "Mountain Day"),
    RESPECT_FOR_THE_AGED_DAY("敬老の日", "Respect for the Aged Day"),
    AUTUMNAL_EQUINOX_DAY("秋分の日", "Autumnal Equinox Day"),
    HEALTH_AND_SPORTS_DAY("体育の日", "Health and Sports Day"),
    SPORTS_DAY("スポーツの日", "Sports Day"),
    CULTURE_DAY("文化の日", "Culture Day"),
    LABOUR_THANKSGIVING_DAY("勤労感謝の日", "Labour Thanksgiving Day"),
    ENTHRONEMENT_DAY("即位の日", "Enthronement Day"),
    ENTHRONEMENT_CEREMONY_DAY("即位礼正殿の儀", "Enthronement Ceremony Day"),
    IMPERIAL_WEDDING("結婚の儀", "Imperial Wedding"),
    STATE_FUNERAL("大喪の礼", "State Funeral of Emperor Showa"),
    SUBSTITUTE_HOLIDAY("振替休日", "Substitute holiday"),
    CITIZENS_HOLIDAY("国民の休日", "Citizens' holiday");

    private final String japanese;
    private final String english;

    HolidayName(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    String japanese() {
        return japanese;
    }

    /** For example {@code 元日 (New Year's Day)}. */
    String label() {
        return japanese + " (" + english + ")";
    }
}
