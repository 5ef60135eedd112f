TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "finish"): "done",
    ("paused", "cancel"): "cancelled",
    ("running", "cancel"): "cancelled",
}
class_history = []
def run(events, state="idle"):
    history = [state]
    for ev in events:
        try:
            state = TRANSITIONS[(state, ev)]
        except KeyError:
            raise RuntimeError(f"invalid event {ev!r} in state {state!r}") from None
        history.append(state)
    return history
print(run(["start", "pause", "resume", "finish"]))
try:
    run(["start", "finish", "pause"])
except RuntimeError as e:
    print("E:", e, e.__cause__, e.__suppress_context__)
def csv_fields(line):
    fields, cur, state = [], [], "start"
    for ch in line:
        if state == "start":
            if ch == '"': state = "quoted"
            elif ch == ",": fields.append(""); 
            else: cur.append(ch); state = "plain"
        elif state == "plain":
            if ch == ",": fields.append("".join(cur)); cur = []; state = "start"
            else: cur.append(ch)
        elif state == "quoted":
            if ch == '"': state = "quote_in_quoted"
            else: cur.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"': cur.append('"'); state = "quoted"
            elif ch == ",": fields.append("".join(cur)); cur = []; state = "start"
            else: raise ValueError(f"bad char {ch!r} after quote")
    if state == "quoted": raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields
for line in ['a,b,c', '"x, y",2,"say ""hi"""', ',,', 'a,"b"c', '"open']:
    try:
        print(csv_fields(line))
    except ValueError as e:
        print("bad:", e.args)
def traffic():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    nxt = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        for _ in range(durations[state]):
            yield state
        state = nxt[state]
t = traffic()
print(" ".join(next(t)[0] for _ in range(14)))
