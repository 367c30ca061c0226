/**
 * What each field of a problem file expects, and how to mend it, by path with list indexes as
 * `*`: the schema's own words ("Invalid input: expected array, received undefined") name a type
 * rather than what a person should write.
 */
export const fieldHelp: Record<string, { expected: string; fix: string }> = {
  "": {
    expected: 'an object with "rooms", "slots" and "sessions"',
    fix: "see docs/schedule-format.md for the format and examples/schedule-problem.json",
  },
  format: {
    expected: '"neutral-schedule/1" or no "format"',
    fix: 'write "format": "neutral-schedule/1"',
  },
  event: {
    expected: 'an object such as {"plenaryRoom": "Hall", "plenaryHolds": 5}',
    fix: 'remove "event" or give it that shape',
  },
  "event.plenaryRoom": {
    expected: "the name of one of the rooms, or null",
    fix: "name the room that holds plenary sessions, or write null",
  },
  "event.plenaryHolds": {
    expected: "a whole number from 1 to 100",
    fix: "write how many sessions the plenary room holds at once",
  },
  rooms: {
    expected: 'a list of at least one room, such as [{"name": "Room 1", "capacity": 30}]',
    fix: 'add "rooms" to the file',
  },
  "rooms.*": {
    expected: 'a room such as {"name": "Room 1", "capacity": 30}',
    fix: "write each room as an object",
  },
  "rooms.*.name": { expected: "a non-empty text", fix: "give the room a name" },
  "rooms.*.capacity": {
    expected: "a whole number of seats above 0, or null for 30",
    fix: "write the seats the room has",
  },
  "rooms.*.plenary": {
    expected: "true or false",
    fix: "write true for a room that holds plenary sessions",
  },
  slots: {
    expected:
      'a list of at least one slot, such as [{"id": "mon-1", "day": "2026-03-02", "start": "09:00", "end": "10:30"}]',
    fix: 'add "slots" to the file',
  },
  "slots.*": {
    expected:
      'a slot such as {"id": "mon-1", "day": "2026-03-02", "start": "09:00", "end": "10:30"}',
    fix: "write each slot as an object",
  },
  "slots.*.id": { expected: "a non-empty text", fix: "give the slot an id" },
  "slots.*.day": { expected: "a text such as 2026-03-02", fix: "write the slot's day" },
  "slots.*.start": { expected: "a time HH:MM from 00:00 to 23:59", fix: "write it as 09:00" },
  "slots.*.end": { expected: "a time HH:MM from 00:00 to 23:59", fix: "write it as 10:30" },
  sessions: {
    expected: 'a list of sessions, such as [{"id": 1, "title": "…", "chairs": ["ann"]}]',
    fix: 'add "sessions" to the file',
  },
  "sessions.*": {
    expected: 'a session such as {"id": 1, "title": "…", "chairs": ["ann"]}',
    fix: "write each session as an object",
  },
  "sessions.*.id": {
    expected: "a whole number or a non-empty text",
    fix: "give the session a whole-number id such as 12, or a text id",
  },
  "sessions.*.title": { expected: "a text", fix: "write the title in quotes" },
  "sessions.*.chairs": {
    expected: 'a list of logins such as ["ann", "bob"]',
    fix: "list the chairs' logins",
  },
  "sessions.*.chairs.*": { expected: "a non-empty login", fix: "remove the empty chair" },
  "sessions.*.groups": {
    expected: 'a list of group names such as ["css"]',
    fix: "list the groups that meet in it",
  },
  "sessions.*.groups.*": { expected: "a non-empty name", fix: "remove the empty group" },
  "sessions.*.estimate": {
    expected: 'null or {"min": 10, "max": 30} (max null: open-ended)',
    fix: "write the expected attendance as min and max",
  },
  "sessions.*.estimate.min": {
    expected: "a whole number from 0",
    fix: "write the fewest people expected",
  },
  "sessions.*.estimate.max": {
    expected: "a whole number above 0, or null for open-ended",
    fix: "write the most people expected",
  },
  "sessions.*.requestedSlots": {
    expected: 'null (any slot) or a list of slot ids such as ["mon-1"]',
    fix: "list the ids of the slots it asks for",
  },
  "sessions.*.requestedSlots.*": { expected: "a slot id", fix: "write the id in quotes" },
  "sessions.*.meetings": {
    expected: "a whole number from 1 to 1000",
    fix: "write how many times the session meets",
  },
  "sessions.*.avoidConflictsWith": {
    expected: "a list of session ids such as [3, 7]",
    fix: "list the ids of the sessions it should not overlap",
  },
  "sessions.*.avoidConflictsWith.*": {
    expected: "a whole number or a non-empty text",
    fix: "write the id of another session",
  },
  "sessions.*.tracks": {
    expected: 'a list of track names such as ["media"]',
    fix: "list its tracks",
  },
  "sessions.*.tracks.*": { expected: "a non-empty name", fix: "remove the empty track" },
  "sessions.*.type": { expected: '"breakout" or "plenary"', fix: 'write "breakout" or "plenary"' },
  "sessions.*.voters": {
    expected: 'a list of logins such as ["ann"]',
    fix: "list who wants to attend",
  },
  "sessions.*.voters.*": { expected: "a non-empty login", fix: "remove the empty voter" },
  "sessions.*.pinned": { expected: "true or false", fix: "write true to keep it where recorded" },
  "sessions.*.recorded": {
    expected: 'null or a list of places such as [{"slot": "mon-1", "room": "Room 1"}]',
    fix: "list where it was published",
  },
  "sessions.*.recorded.*": {
    expected: 'a place such as {"slot": "mon-1", "room": "Room 1"}',
    fix: "write the slot id and the room name",
  },
  "sessions.*.recorded.*.slot": { expected: "a slot id", fix: "write the slot id" },
  "sessions.*.recorded.*.room": { expected: "a room name", fix: "write the room name" },
  assignment: {
    expected: 'an object of session ids to places, as "roundtable schedule --json" prints it',
    fix: "give --keep the --json output of an earlier run",
  },
  "assignment.*": {
    expected: 'a list of places such as [{"slot": "mon-1", "room": "Room 1"}]',
    fix: "give --keep the --json output of an earlier run",
  },
  "assignment.*.*": {
    expected: 'a place such as {"slot": "mon-1", "room": "Room 1"}',
    fix: "give --keep the --json output of an earlier run",
  },
};
