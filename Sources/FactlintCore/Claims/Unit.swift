/// What a figure counts or measures. Figures of one dimension convert to each other
/// through `factor` (to the dimension's base unit); money never converts between
/// currencies (exchange rates are not facts an article states), so the currency code is
/// part of the dimension.
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    public enum Dimension: String, Sendable, Hashable {
        case count, percent, money, duration, mass, length, speed, ordinal, area, volume, temperature
    }

    public var dimension: Dimension
    /// ISO 4217 code for money, a unit symbol otherwise ("kg", "km", "mph", "day").
    public var code: String
    /// Multiply by this to get the base unit: kilograms, metres, km/h, days, square metres,
    /// litres, degrees Celsius.
    public var factor: Double
    /// Added after `factor` (temperature only: °F to °C is affine). A difference of two
    /// values (a tolerance, a precision) converts by `factor` alone.
    public var offset: Double

    public init(_ dimension: Dimension, _ code: String, factor: Double = 1, offset: Double = 0) {
        self.dimension = dimension
        self.code = code
        self.factor = factor
        self.offset = offset
    }

    /// A value in this unit, in the dimension's base unit.
    public func toBase(_ value: Double) -> Double { value * factor + offset }
    /// A value in the dimension's base unit, in this unit.
    public func fromBase(_ base: Double) -> Double { (base - offset) / factor }

    public static let count = Unit(.count, "count")
    public static let percent = Unit(.percent, "percent")
    public static let ordinal = Unit(.ordinal, "ordinal")
    public static func money(_ code: String) -> Unit { Unit(.money, code) }

    public var isMoney: Bool { dimension == .money }

    /// Figures of compatible units can be compared (after conversion) and bound to one fact.
    public func compatible(with other: Unit) -> Bool {
        dimension == other.dimension && (dimension != .money || code == other.code)
    }

    public static func == (a: Unit, b: Unit) -> Bool { a.dimension == b.dimension && a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(dimension); h.combine(code) }

    public var description: String {
        switch dimension {
        case .money, .mass, .length, .speed, .area, .volume, .temperature: return code
        case .duration: return code + "s"
        case .count, .percent, .ordinal: return code
        }
    }
}

/// The unit names factlint reads, after a figure in text and in a rule's `unit` key.
enum UnitNames {
    static let day = 1.0, year = 365.25
    /// Units written after a number: plural and singular forms, abbreviations. One-letter
    /// symbols ("m", "g", "t") are left out: "5m" is as often millions as metres, "5G" a network.
    static let after: [(String, Unit)] = {
        var table: [(String, Unit)] = []
        func add(_ names: [String], _ unit: Unit) { for n in names { table.append((n, unit)) } }
        let durations: [(String, Double)] = [("second", 1 / 86_400), ("minute", 1 / 1_440), ("hour", 1 / 24), ("day", day),
                                             ("week", 7), ("month", year / 12), ("year", year), ("decade", 10 * year)]
        for (name, factor) in durations { add([name, name + "s"], Unit(.duration, name, factor: factor)) }
        add(["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], Unit(.mass, "kg"))
        add(["gram", "grams", "gramme", "grammes"], Unit(.mass, "g", factor: 0.001))
        add(["tonne", "tonnes", "ton", "tons"], Unit(.mass, "t", factor: 1_000))
        add(["lb", "lbs", "pound", "pounds"], Unit(.mass, "lb", factor: 0.453_592_37))
        add(["oz", "ounce", "ounces"], Unit(.mass, "oz", factor: 0.028_349_523))
        add(["km", "kilometre", "kilometres", "kilometer", "kilometers"], Unit(.length, "km", factor: 1_000))
        add(["metre", "metres", "meter", "meters"], Unit(.length, "m"))
        add(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], Unit(.length, "cm", factor: 0.01))
        add(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], Unit(.length, "mm", factor: 0.001))
        add(["mile", "miles", "mi"], Unit(.length, "mi", factor: 1_609.344))
        add(["ft", "foot", "feet"], Unit(.length, "ft", factor: 0.3048))
        add(["yard", "yards", "yd"], Unit(.length, "yd", factor: 0.9144))
        add(["inch", "inches"], Unit(.length, "in", factor: 0.0254))
        add(["mph"], Unit(.speed, "mph", factor: 1.609_344))
        add(["kph", "kmh", "km/h"], Unit(.speed, "km/h"))
        add(["knot", "knots"], Unit(.speed, "kn", factor: 1.852))
        table += measures
        return table
    }()

    /// Multi-word speeds: "miles per hour", "kilometres an hour".
    static let speeds: [(String, Unit)] = [
        ("miles per hour", Unit(.speed, "mph", factor: 1.609_344)), ("miles an hour", Unit(.speed, "mph", factor: 1.609_344)),
        ("kilometres per hour", Unit(.speed, "km/h")), ("kilometers per hour", Unit(.speed, "km/h")),
        ("kilometres an hour", Unit(.speed, "km/h")), ("kilometers an hour", Unit(.speed, "km/h")),
        ("km per hour", Unit(.speed, "km/h")), ("km an hour", Unit(.speed, "km/h")),
    ] + measurePhrases

    /// A rule's `unit` value: a currency code, a dimension name, or a unit name.
    static func parse(_ raw: String) -> Unit? {
        let s = raw.trimmingWhitespace()
        let lower = s.lowercased()
        switch lower {
        case "percent", "%": return .percent
        case "count": return .count
        case "ordinal": return .ordinal
        default: break
        }
        // A code in capitals is money ("KGS"); in lower case a unit name comes first ("kgs" is kg).
        if Currencies.isCode(s) { return .money(s) }
        let symbols: [String: Unit] = ["m": Unit(.length, "m"), "g": Unit(.mass, "g", factor: 0.001), "t": Unit(.mass, "t", factor: 1_000)]
        if let unit = symbols[lower] ?? symbol(lower) { return unit }
        if let unit = after.first(where: { $0.0 == lower })?.1 ?? speeds.first(where: { $0.0 == lower })?.1 { return unit }
        if Currencies.isCode(s.uppercased()) { return .money(s.uppercased()) }
        return nil
    }

    static let described = "a currency code (USD, EUR, NOK, INR …), percent, count, ordinal, a duration (hours, days, weeks, months, years), "
        + "a mass (kg, g, t, lb), a length (km, m, miles, feet), a speed (mph, km/h, knots), "
        + "an area (hectares, acres, km², square miles), a volume (litres, gallons, m³) or a temperature (°C, °F)"
}

extension Unit: Codable {}
extension Unit.Dimension: Codable {}
