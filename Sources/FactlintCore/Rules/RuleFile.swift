#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small texts that show what a rule reports and what it leaves alone. One test runs
/// them for every shipped rule, so each rule file documents and tests itself. An example
/// is one article, or an array of articles for rules that compare articles.
public struct RuleExamples: Sendable, Decodable {
    public var triggers: [[String]] = []
    public var passes: [[String]] = []

    public init(triggers: [[String]] = [], passes: [[String]] = []) {
        self.triggers = triggers
        self.passes = passes
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case triggers, passes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        triggers = try c.decode(.triggers, default: [OneOrMany]()).map(\.texts)
        passes = try c.decode(.passes, default: [OneOrMany]()).map(\.texts)
    }

    /// A string, or an array of strings.
    struct OneOrMany: Decodable {
        var texts: [String]
        init(from decoder: Decoder) throws {
            if let one = try? decoder.singleValueContainer().decode(String.self) {
                texts = [one]
            } else {
                texts = try decoder.singleValueContainer().decode([String].self)
            }
        }
    }
}

/// The keys every rule file has, whatever its kind.
struct RuleHeader: Decodable {
    /// `$schema` lets editors find rules/schema.json; factlint ignores it.
    static let keys = ["kind", "severity", "description", "examples", "$schema"]

    var kind: String
    var severity: Severity?
    var description: String?
    var examples: RuleExamples?

    enum CodingKeys: String, CodingKey { case kind, severity, description, examples }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(String.self, forKey: .kind)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        examples = try c.decodeIfPresent(RuleExamples.self, forKey: .examples)
        if let raw = try c.decodeIfPresent(String.self, forKey: .severity) {
            guard let severity = Severity(rawValue: raw) else {
                throw c.invalid(.severity, "'\(raw)' is not a severity; expected error, warning or note")
            }
            self.severity = severity
        }
    }
}

/// What a rule kind may use while it builds: the shared lexicon it interns words into,
/// and the rules folder for data files it names.
public struct BuildContext {
    public var lexicon: Lexicon
    /// The folder of the rule being built (its data files are relative to it).
    public internal(set) var rulesDirectory: URL?
    /// Word lists by path: rules naming the same list share one copy.
    private var wordLists: [String: WordList] = [:]
    /// The figure reader, built by the first numeric rule (its vocabulary is ~5 M
    /// instructions to intern; every later build would intern the same words to the same ids).
    private var sharedClaimReader: ClaimReader?

    public init(lexicon: Lexicon = Lexicon(), rulesDirectory: URL? = nil) {
        self.lexicon = lexicon
        self.rulesDirectory = rulesDirectory
    }

    /// The figure reader every numeric rule of this rule set starts from.
    public mutating func claimReader() -> ClaimReader {
        if let reader = sharedClaimReader { return reader }
        let reader = ClaimReader(lexicon: &lexicon)
        sharedClaimReader = reader
        return reader
    }

    /// The word list at `path` (relative to the rules folder), or an empty one for nil.
    /// A list that cannot be read is an error at `keyPath` of the rule's file.
    public mutating func wordList(_ path: String?, for meta: RuleMeta, keyPath: String = "dictionary") throws -> WordList {
        guard let path else { return .empty }
        if path == BuiltinRules.englishWordsName { return BuiltinRules.englishWords }
        let url = URL(fileURLWithPath: path, relativeTo: rulesDirectory)
        if let list = wordLists[url.path] { return list }
        do {
            let bytes = [UInt8](try Data(contentsOf: url))
            // A copy of the embedded list (rules/words/english.txt) is that list: no second check.
            let list = BuiltinRules.englishWords.hasBytes(bytes) ? BuiltinRules.englishWords : WordList(bytes: bytes)
            wordLists[url.path] = list
            return list
        } catch {
            throw RuleFileError(file: meta.file, keyPath: keyPath, message: "cannot read word list '\(url.path)'")
        }
    }
}

/// A kind of rule: its name in rule files, its typed options, and how it compiles.
/// Adding a kind is one file with a type conforming to this, plus a line in `RuleKinds`.
public protocol RuleKind: Rule {
    associatedtype Options: Decodable
    static var kind: String { get }
    /// The default severity when a rule file does not give one.
    static var defaultSeverity: Severity { get }
    /// The option keys this kind accepts besides the common ones (docs and schema tests).
    static var optionKeys: [String] { get }
    init(meta: RuleMeta, options: Options, context: inout BuildContext) throws
}

/// Lets an options type reject unknown keys while allowing the common ones.
extension Decoder {
    func ruleOptions<K: CodingKey & CaseIterable>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> {
        try strictContainer(keyedBy: type, alsoAllowed: RuleHeader.keys)
    }
}
