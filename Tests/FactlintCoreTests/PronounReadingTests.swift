import FactlintCore
import Testing

/// Pronouns on real copy: what the grammar rules out, and who stays in focus, before a
/// pronoun is reported; a woman called "he" with no one else to refer to is still reported.
@Suite struct PronounReadingTests {
    let rules = try! rule("""
    { kind: 'entities', pronounSeverity: 'warning', entities: [
        { name: 'Maria Lopez', gender: 'female', aliases: ['Lopez', 'the mayor'] },
        { name: 'Erik Berg', gender: 'male', aliases: ['Berg', 'the minister'] },
        { name: 'Ola Dahl', gender: 'male', aliases: ['Dahl'] },
        { name: 'Ingrid Dahl', gender: 'female' },
    ] }
    """)

    @Test func aNameLaterInTheSentenceIsNotTheAntecedent() {
        assertFindings(rules, "Maria Lopez opened the fair on Monday. Berg toured the stands with the delegation. She praised Berg's reforms.", [:])
    }

    @Test func anObjectPronounIsNotTheSubjectOfItsClause() {
        assertFindings(rules, "Lopez spoke first. The two then walked to the harbour. Berg described her as a close ally.", [:])
        assertFindings(rules, "The mayor arrived late. Berg thanked her warmly for the invitation.", [:])
    }

    @Test func aPossessiveInAnAppositionIsNotTheNameItDescribes() {
        assertFindings(rules, "Ola Dahl gave the keynote. Ingrid Dahl, his wife, listened from the front row.", [:])
    }

    @Test func aManCalledHeRightAfterAWomanIsNamed() {
        assertFindings(rules, "Berg waited at the quay. After Maria Lopez finished her speech, he took the stage.", [:])
        assertFindings(rules, "The minister landed at noon. Lopez, the host, said he had been generous with his time.", [:])
        assertFindings(rules, "Berg greeted the guests. Ingrid Dahl, a friend, stood by. After Lopez finished her remarks, he spoke.", [:])
    }

    /// A name no rule declares that opens the pronoun's sentence ("Sigrun Haaland, who …,
    /// said she") is nearer than a man in the sentence before.
    @Test func anUndeclaredNameOpeningTheSentenceIsACandidate() {
        assertFindings(rules, "The staff will keep their jobs, Berg said.\n\nSigrun Haaland, who speaks for the dockers and is no relation, said she had heard of the cuts by text.", [:])
    }

    /// "her brother … his time": a relative of the pronoun's sex is its antecedent; one of
    /// the other sex is not.
    @Test func aRelativeOfThePronounsSexIsACandidate() {
        assertFindings(rules, "Maria Lopez finished a minute before her brother, though his time was faster.", [:])
        assertFindings(rules, "Maria Lopez finished a minute before her sister, though 1️⃣his time was faster.",
                       ["1️⃣": "'his' has no male antecedent nearby; the person it would refer to is Maria Lopez, who is female"])
    }

    @Test func aWomanCalledHeWithNoOneElseIsStillReported() {
        assertFindings(rules, "Maria Lopez opened the fair. 1️⃣He praised the organisers.",
                       ["1️⃣": "'He' has no male antecedent nearby; the person it would refer to is Maria Lopez, who is female"])
        assertFindings(rules, "Lopez cut the ribbon and thanked 1️⃣his staff.",
                       ["1️⃣": "'his' has no male antecedent nearby; the person it would refer to is 'Lopez' (Maria Lopez), who is female"])
        // Ruled out in the window, and only another woman further back.
        assertFindings(rules, "Ingrid Dahl arrived. The mayor spoke. Lopez described 1️⃣him as a rival.",
                       ["1️⃣": "'him' has no male antecedent nearby; the person it would refer to is Ingrid Dahl, who is female"])
    }
}
