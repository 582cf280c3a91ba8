import FactlintCore
import Testing

/// Where a named thing is from, with no rules: a demonym in its type phrase, voted on
/// across articles ("the Dutch brewer Halvorsen Group" against "Halvorsen, the Danish brewer").
@Suite struct TypeNationalityTests {
    let rules = try! rule(#"{ kind: "types" }"#)

    @Test func aCountryTheOthersDoNotGiveIsReported() {
        assertFindings(rules, [
            "The Dutch brewer Halvorsen Group bought the harbour site.",
            "Unions met the Dutch drinks group Halvorsen Group on Monday.",
            "The U.S. brewer Tamworth Ales lost the bid.",
            "Halvorsen, the 1️⃣Danish brewer, will close the old maltings.",
        ], ["1️⃣": "'danish brewer' contradicts what 2 other articles call Halvorsen: 'dutch brewer'"])
    }

    /// Clean text: one article against one, compounds, possessives, regions and other things.
    @Test func tiesCompoundsPossessivesAndRegionsPass() {
        assertFindings(rules, [
            "The Dutch brewer Halvorsen Group bought the harbour site.",
            "Halvorsen, the Danish brewer, will close the old maltings.",
        ], [:])
        assertFindings(rules, [
            "The Canadian chemist Ana Ruiz led the study.",
            "The Canadian chemist Ana Ruiz spoke first.",
            "The Spanish-born chemist Ana Ruiz replied.",
            "The Spanish government's chemist Ana Ruiz replied.",
            "The British distiller Glen Corran and the Scottish distiller Glen Corran are one firm.",
            "The Irish chemist Tomas Ruiz, her brother, declined to comment.",
        ], [:])
    }
}
