#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `entities`: declared people and things with their aliases and attributes. Reports a
/// thing given a contradicting type ("the frigate USS George Washington" for an aircraft
/// carrier) and gendered pronouns whose only plausible antecedent is a person of the
/// other gender.
public struct EntitiesRule: RuleKind {
    public static let kind = "entities"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var entities: [Entity]
        public var pronouns: Bool
        public var pronounSeverity: Severity
        public var dictionary: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case entities, pronouns, pronounSeverity, dictionary }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            entities = try c.decode([Entity].self, forKey: .entities)
            pronouns = try c.decode(.pronouns, default: true)
            pronounSeverity = try c.decode(.pronounSeverity, default: .warning)
            dictionary = try c.decodeIfPresent(String.self, forKey: .dictionary)
            if entities.isEmpty { throw c.invalid(.entities, "the list is empty; give at least one entity") }
        }
    }

    public struct Entity: Decodable, Sendable {
        public var name: String
        public var aliases: [String]
        public var gender: String?
        /// What a thing is, or a person's post (`role` is the same key in words that suit a person).
        public var type: String?
        public var contradicts: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case name, aliases, gender, type, role, contradicts }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decode(.aliases, default: [])
            gender = try c.decodeIfPresent(String.self, forKey: .gender)
            type = try c.decodeIfPresent(String.self, forKey: .type)
            if let role = try c.decodeIfPresent(String.self, forKey: .role) {
                if type != nil { throw c.invalid(.role, "give 'type' or 'role', not both") }
                type = role
            }
            contradicts = try c.decode(.contradicts, default: [])
            if let problem = PhraseMatcher.invalid([name] + aliases) { throw c.invalid(.aliases, problem) }
            if let problem = PhraseMatcher.invalid((type.map { [$0] } ?? []) + contradicts) { throw c.invalid(.contradicts, problem) }
            if let g = gender, PronounCheck.Gender(rawValue: g) == nil {
                throw c.invalid(.gender, "'\(g)' is not one of: female, male")
            }
            if !contradicts.isEmpty && type == nil { throw c.invalid(.contradicts, "give the entity's type or role too") }
            if let t = type, contradicts.contains(where: { $0.lowercased() == t.lowercased() }) {
                throw c.invalid(.contradicts, "'\(t)' is the entity's own type")
            }
        }
    }

    /// Type statements go to the cross-document pass, so a contradiction can point at an
    /// article that states the right type.
    public struct Evidence: Sendable {
        var entity: Int
        var phrase: String
        var contradicts: Bool
        var location: SourceLocation
    }

    public let meta: RuleMeta
    let entities: [Entity]
    let genders: [PronounCheck.Gender?]
    let finder: MentionFinder
    let types: TypeStatements
    let pronouns: PronounCheck?
    let pronounSeverity: Severity

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        entities = options.entities
        genders = options.entities.map { $0.gender.flatMap(PronounCheck.Gender.init) }
        var finder = MentionFinder()
        var types = TypeStatements(lexicon: &context.lexicon)
        for (i, entity) in options.entities.enumerated() {
            for alias in [entity.name] + entity.aliases { finder.add(alias, entity: i, lexicon: &context.lexicon) }
            if let type = entity.type { types.add(type, entity: i, contradicts: false, lexicon: &context.lexicon) }
            for wrong in entity.contradicts { types.add(wrong, entity: i, contradicts: true, lexicon: &context.lexicon) }
        }
        self.finder = finder
        self.types = types
        let dictionary = try context.wordList(options.dictionary, for: meta)
        pronouns = options.pronouns ? PronounCheck(lexicon: &context.lexicon, dictionary: dictionary) : nil
        pronounSeverity = options.pronounSeverity
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        let mentions = finder.mentions(in: document)
        guard !mentions.isEmpty else { return }
        for s in types.statements(in: document, mentions: mentions) {
            let bytes = document.byteRange(tokens: s.tokens)
            findings.evidence.append(Evidence(entity: s.mention.entity, phrase: document.string(bytes), contradicts: s.phrase.contradicts,
                                              location: document.location(bytes)))
        }
        guard let pronouns else { return }
        let quotations = document.quotations
        for f in pronouns.check(document, mentions: mentions, genders: genders, quotations: quotations) {
            let token = document.tokens[f.pronoun]
            let entity = entities[f.nearest.entity]
            let named = document.string(tokens: f.nearest.tokens)
            let who = named == entity.name ? entity.name : "'\(named)' (\(entity.name))"
            let gender = genders[f.nearest.entity]?.rawValue ?? ""
            findings.diagnostics.append(diagnostic(document, token.range,
                "'\(document.string(token: f.pronoun))' has no \(f.gender.rawValue) antecedent nearby; the person it would refer to is \(who), who is \(gender)",
                severity: pronounSeverity))
        }
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        // Per entity, the first article stating its type and the first other one: enough to
        // name a supporting article for any contradiction without rescanning the evidence.
        var supports: [Int: (first: Evidence, other: Evidence?)] = [:]
        for item in evidence where !item.contradicts {
            if let known = supports[item.entity] {
                if known.other == nil && known.first.location.path != item.location.path { supports[item.entity]?.other = item }
            } else {
                supports[item.entity] = (item, nil)
            }
        }
        for item in evidence where item.contradicts {
            let entity = entities[item.entity]
            var support: Evidence? = nil
            if let known = supports[item.entity] {
                support = known.first.location.path != item.location.path ? known.first : (known.other ?? known.first)
            }
            let type = entity.type ?? ""
            diagnostics.append(Diagnostic(
                ruleID: meta.id, severity: meta.severity,
                message: "'\(item.phrase)' contradicts what \(entity.name) is: \(EntitiesRule.article(type)) \(type)",
                location: item.location,
                related: support.map { [RelatedLocation($0.location, "called '\($0.phrase)' here")] } ?? []))
        }
    }

    static func article(_ noun: String) -> String {
        guard let first = noun.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

extension EntitiesRule.Evidence: Codable {}
