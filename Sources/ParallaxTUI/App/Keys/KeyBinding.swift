/// One row of a key table: the keys, the action, and what help says it does.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String

    public init(_ keys: [Key], _ action: Action, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// "j ↓" as the help overlay writes the keys.
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// A hint in the status bar: the actions (their first keys are shown, so a
/// hint names the key dispatch reads) and a word or two.
public struct KeyHint: Sendable {
    public let actions: [Action]
    public let text: String

    public init(_ actions: [Action], _ text: String) {
        self.actions = actions
        self.text = text
    }
}

/// A context's keys and the hints its status bar shows.
public struct KeyTable: Sendable {
    public let context: KeyContext
    public let bindings: [KeyBinding]
    public let hints: [KeyHint]

    /// The action of `key` in this table alone.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The first key of `action` in this table.
    public func key(for action: Action) -> Key? {
        bindings.first { $0.action == action }?.keys.first
    }
}
