/// Areas, volumes and temperatures: the names read after a figure and in a rule's `unit`.
/// Base units: square metres, litres, degrees Celsius.
extension UnitNames {
    static let celsius = Unit(.temperature, "°C")
    /// (°F − 32) × 5/9, as one factor and one offset.
    static let fahrenheit = Unit(.temperature, "°F", factor: 5.0 / 9, offset: -160.0 / 9)

    /// Lengths an area or a volume is built from: "square miles", "km²", "cubic metres".
    static let lengths: [(names: [String], unit: Unit)] = [
        (["km", "kilometre", "kilometres", "kilometer", "kilometers"], Unit(.length, "km", factor: 1_000)),
        (["m", "metre", "metres", "meter", "meters"], Unit(.length, "m")),
        (["cm", "centimetre", "centimetres", "centimeter", "centimeters"], Unit(.length, "cm", factor: 0.01)),
        (["mm", "millimetre", "millimetres", "millimeter", "millimeters"], Unit(.length, "mm", factor: 0.001)),
        (["mi", "mile", "miles"], Unit(.length, "mi", factor: 1_609.344)),
        (["ft", "foot", "feet"], Unit(.length, "ft", factor: 0.3048)),
        (["yd", "yard", "yards"], Unit(.length, "yd", factor: 0.9144)),
    ]

    static func squared(_ length: Unit) -> Unit { Unit(.area, length.code + "²", factor: length.factor * length.factor) }
    /// A cubic metre is 1,000 litres.
    static func cubed(_ length: Unit) -> Unit { Unit(.volume, length.code + "³", factor: length.factor * length.factor * length.factor * 1_000) }

    /// One-word names after a number. Symbols that are also words or figures ("l", "C",
    /// "F") are read only in context (see `UnitSymbols`).
    static let measures: [(String, Unit)] = {
        var table: [(String, Unit)] = []
        func add(_ names: [String], _ unit: Unit) { for n in names { table.append((n, unit)) } }
        add(["hectare", "hectares", "ha"], Unit(.area, "ha", factor: 10_000))
        add(["acre", "acres"], Unit(.area, "acre", factor: 4_046.856_422_4))
        add(["km2"], squared(Unit(.length, "km", factor: 1_000)))
        add(["m2"], squared(Unit(.length, "m")))
        add(["m3"], cubed(Unit(.length, "m")))
        add(["litre", "litres", "liter", "liters"], Unit(.volume, "l"))
        add(["ml", "millilitre", "millilitres", "milliliter", "milliliters"], Unit(.volume, "ml", factor: 0.001))
        add(["gallon", "gallons", "gal"], Unit(.volume, "gal", factor: 3.785_411_784)) // US gallons
        add(["barrel", "barrels", "bbl"], Unit(.volume, "bbl", factor: 158.987_294_928)) // oil barrels
        add(["celsius", "centigrade"], celsius)
        add(["fahrenheit"], fahrenheit)
        return table
    }()

    /// Multi-word names: "square kilometres", "sq mi", "cubic feet", "degrees Celsius".
    static let measurePhrases: [(String, Unit)] = {
        var table: [(String, Unit)] = []
        for (names, length) in lengths {
            for name in names {
                table.append(("square " + name, squared(length)))
                table.append(("sq " + name, squared(length)))
                table.append(("cubic " + name, cubed(length)))
            }
        }
        for degrees in ["degrees", "degree"] {
            table += [("\(degrees) celsius", celsius), ("\(degrees) centigrade", celsius), ("\(degrees) fahrenheit", fahrenheit)]
        }
        return table
    }()

    /// A rule's `unit` written as a symbol: "°C", "km²", "m³", "l".
    static func symbol(_ lower: String) -> Unit? {
        switch lower {
        case "°c", "℃", "ºc", "degrees c": return celsius
        case "°f", "℉", "ºf", "degrees f": return fahrenheit
        case "l": return Unit(.volume, "l")
        default: break
        }
        for power in ["²", "³"] where lower.hasSuffix(power) {
            let name = String(lower.dropLast())
            guard let length = lengths.first(where: { $0.names.contains(name) })?.unit else { return nil }
            return power == "²" ? squared(length) : cubed(length)
        }
        return nil
    }
}
