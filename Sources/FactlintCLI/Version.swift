/// factlint's version, set here only: `--version`, SARIF's tool version, the man page and the
/// wheel (packaging/build_wheel.py reads this line) all take it from here.
public enum FactlintVersion {
    public static let current = "0.2.0"
}
