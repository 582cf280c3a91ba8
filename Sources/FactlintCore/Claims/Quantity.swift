/// A quantity claim: a figure found in text, with its span, unit and normalised value.
public struct Quantity: Sendable, Equatable {
    /// How the text bounds the figure: "up to $400bn" is at most 400bn.
    public enum Qualifier: String, Sendable, Equatable {
        case exact, approximate, atLeast, atMost, range
    }

    /// How its clause frames the figure. Only a stated figure is evidence for a fact.
    public enum Role: String, Sendable, Equatable {
        /// Stated as the quantity itself.
        case stated
        /// Somebody's expectation or forecast: "analysts had expected revenue of $5bn".
        case expected
        /// An amount per item, not the total: "$100 billion each".
        case perItem
        /// A part of a whole: "600 of the employees", "600 out of 3,100".
        case part
        /// A change, not a level: "rose by 2 kg", "cut by $5 billion".
        case change
        /// A person's age in apposition: "María Ruiz, now 71, said".
        case age
        /// The figure before it, converted, in brackets: "(25 miles)" in "40 km (25 miles)".
        /// It binds with that figure, never on its own.
        case conversion
    }

    /// Tokens of the figure itself (qualifier words excluded).
    public var tokens: Range<Int>
    public var bytes: Range<Int>
    /// The value in `unit`, magnitude applied ("$550 billion" is 550e9 USD).
    public var value: Double
    /// Upper end for ranges ("160 million to 230 million"); otherwise equal to `value`.
    public var upper: Double
    /// The number as written, before the magnitude ("550" in "$550 billion").
    public var mantissa: Double
    public var unit: Unit
    public var qualifier: Qualifier
    /// True when a magnitude word or suffix is present ("billion", "bn", "m").
    public var hasMagnitude: Bool
    /// The place value of the last non-zero digit as written, in `unit`, magnitude
    /// applied: 100 for "3,100", 0.01e9 for "$4.82 billion", 0.5 for "2½".
    public var step: Double
    public var role: Role = .stated
    /// The noun right after the figure, if any: what a count counts ("600 employees").
    public var noun: Range<Int>? = nil

    /// `value` and `upper` in the dimension's base unit (kg, m, km/h, days, m², litres, °C).
    public var base: Double { unit.toBase(value) }
    public var baseUpper: Double { unit.toBase(upper) }

    /// The closed interval the text allows (base units), widened by the qualifier.
    public var interval: ClosedRange<Double> {
        // A value read from hostile text can be NaN (found by fuzzing): a range of it would trap.
        if base.isNaN || baseUpper.isNaN { return 0...0 }
        switch qualifier {
        case .atLeast: return base...Double.infinity
        case .atMost: return -Double.infinity...base
        case .range: return min(base, baseUpper)...max(base, baseUpper)
        case .exact, .approximate: return base...base
        }
    }

    /// Uncertainty the writing itself implies when compared with `other`, in base units:
    /// "about 3,100" is good to a hundred (at most 5%); a figure converted from another
    /// unit ("15 miles" for 24 km) is good to half its last digit.
    func slack(against other: Quantity) -> Double {
        var slack = 0.0
        if qualifier == .approximate { slack = min(step, 0.05 * abs(value)) * unit.factor }
        if unit.code != other.unit.code { slack = max(slack, 0.5 * step * unit.factor) }
        return slack
    }
}

/// When two figures for one fact agree, given a tolerance.
public struct Tolerance: Sendable, Equatable {
    public var relative: Double
    /// In the base unit of the fact's dimension.
    public var absolute: Double

    public static let exact = Tolerance(relative: 0, absolute: 0)

    public init(relative: Double = 0, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    func close(_ a: Double, _ b: Double, slack: Double = 0) -> Bool {
        abs(a - b) <= max(absolute, relative * max(abs(a), abs(b))) + slack + 1e-9 * max(abs(a), abs(b))
    }

    /// Figures agree when their units are compatible and their stated values (converted)
    /// are within tolerance plus the slack their precision implies; when a plain figure
    /// lies inside the other's bound ("$420bn" and "over $400bn") or range. Two bounds in
    /// the same direction compare by their stated values ("up to $400bn" and "up to
    /// $490bn" disagree); two ranges agree only end to end (an overlap is not agreement).
    public func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.unit.compatible(with: b.unit) else { return false }
        // "16 degrees" against "61°F" is in Fahrenheit (see `Unit.degrees`).
        if a.unit.isScaleless != b.unit.isScaleless {
            var (a, b) = (a, b)
            a.unit = a.unit.assumingScale(of: b.unit)
            b.unit = b.unit.assumingScale(of: a.unit)
            return agree(a, b)
        }
        let slack = a.slack(against: b) + b.slack(against: a)
        if close(a.base, b.base, slack: slack) && close(a.baseUpper, b.baseUpper, slack: slack) { return true }
        let aPlain = a.qualifier == .exact || a.qualifier == .approximate
        let bPlain = b.qualifier == .exact || b.qualifier == .approximate
        if aPlain && !bPlain { return contains(b.interval, a.base, slack) }
        if bPlain && !aPlain { return contains(a.interval, b.base, slack) }
        return false
    }

    private func contains(_ interval: ClosedRange<Double>, _ x: Double, _ slack: Double) -> Bool {
        if interval.contains(x) { return true }
        return close(interval.lowerBound, x, slack: slack) || close(interval.upperBound, x, slack: slack)
    }
}

extension Quantity: Codable {}
extension Quantity.Qualifier: Codable {}
extension Quantity.Role: Codable {}
