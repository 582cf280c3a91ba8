/// Currencies by ISO 4217 code, symbol and word.
enum Currencies {
    /// Active ISO 4217 codes. A code reads as a currency in text only when written in
    /// capitals next to a number ("USD 480 million", "NOK4.82bn", "4.82 billion NOK").
    static let codes: [String] = [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
        "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
        "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
        "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
        "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
        "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
        "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
        "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF",
        "XPF", "YER", "ZAR", "ZMW", "ZWL",
    ]

    /// Codes that are also English words in capitals ("ALL 40 staff", "TOP 10"): not read in text.
    static let wordLike: Set<String> = ["ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "GEL", "MAD", "TRY", "SOS"]

    static func isCode(_ s: String) -> Bool { codes.contains(s) } // rule loading only

    /// Symbols written right before the number, with the code they stand for.
    static let symbols: [(StaticString, String)] = [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"),
                                                    ("₹", "INR"), ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"), ("₱", "PHP")]
    /// Letters joined to "$": "US$", "A$", "HK$", "R$".
    static let dollarPrefixes = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD"]

    /// Words after the number ("550 billion dollars", "12 million kroner"). "pounds" is
    /// sterling only with a magnitude or in a sentence about sterling (see the reader).
    static let words: [(String, String)] = [
        ("dollar", "USD"), ("dollars", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("yen", "JPY"), ("yuan", "CNY"),
        ("renminbi", "CNY"), ("won", "KRW"), ("rupee", "INR"), ("rupees", "INR"), ("kronor", "SEK"), ("zloty", "PLN"),
        ("zlotys", "PLN"), ("rubles", "RUB"), ("roubles", "RUB"), ("rand", "ZAR"), ("ringgit", "MYR"), ("baht", "THB"),
        ("shekels", "ILS"), ("forints", "HUF"), ("lira", "TRY"),
    ]

    /// A nationality before an ambiguous currency word: "Norwegian kroner", "Swiss francs".
    static let qualified: [(String, String)] = [
        ("norwegian kroner", "NOK"), ("norwegian krone", "NOK"), ("danish kroner", "DKK"), ("danish krone", "DKK"),
        ("swedish kronor", "SEK"), ("swedish krona", "SEK"), ("swiss francs", "CHF"), ("swiss franc", "CHF"),
        ("canadian dollars", "CAD"), ("australian dollars", "AUD"), ("hong kong dollars", "HKD"),
        ("new zealand dollars", "NZD"), ("singapore dollars", "SGD"), ("us dollars", "USD"),
        ("mexican pesos", "MXN"), ("brazilian reais", "BRL"), ("indian rupees", "INR"), ("pounds sterling", "GBP"),
        ("british pounds", "GBP"), ("icelandic kronur", "ISK"), ("czech korunas", "CZK"),
    ]
}
