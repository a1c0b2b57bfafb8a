/// The one place that decides where an event goes: the overlay if one is
/// open, else the mode, and in browse mode the focused pane. Dispatch, the
/// mouse, the hint bar and the help overlay all ask it, so they cannot
/// disagree about which keys are live.
public enum Route {
    public static func context(of state: AppState) -> KeyContext {
        switch state.overlay {
        case .help?: return .help
        case .picker?: return .picker
        case .search(let prompt)?: return prompt.target == .list ? .filter : .search
        case nil: break
        }
        switch state.mode {
        case .compare: return .compare
        case .outlets: return .outlets
        case .working: return .working
        // Only the global keys while the corpus loads (q quits at once).
        case .loading: return .global
        case .browse(let b):
            if b.focus == .reader { return .reader }
            return b.side == nil ? .list : .sidePane
        }
    }
}
