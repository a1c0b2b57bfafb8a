/// The README's key tables, made from the key tables: a test checks that
/// the README holds exactly these, so a key changed in one place and not
/// the other fails.
extension KeyTables {
    /// Every context, in the order the README lists them.
    public static let documented: [KeyContext] = [.list, .reader, .browse, .sidePane, .compare, .outlets, .working, .picker, .search, .filter, .help, .global]

    /// One context's table in Markdown: "| keys | in the compare view |", then a row a binding.
    public static func markdown(_ context: KeyContext) -> String {
        var lines = ["| keys | \(context.title) |", "| --- | --- |"]
        for binding in table(context).bindings {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(binding.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
