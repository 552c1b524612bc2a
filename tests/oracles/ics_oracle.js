// Second reader for Chorus's .ics files: Mozilla's ical.js (pinned in
// package.json). Reads the file named on the command line and prints one JSON
// object with what a calendar would take from it.
'use strict';
const fs = require('fs');
const ICAL = require('ical.js');

const text = fs.readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent');
const event = events[0];
const time = (name) => {
  const value = event.getFirstPropertyValue(name);
  return value ? { utc: value.toJSDate().toISOString(), zone: value.zone ? value.zone.tzid : null } : null;
};
const organizer = event.getFirstProperty('organizer');
console.log(JSON.stringify({
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  method: calendar.getFirstPropertyValue('method'),
  calscale: calendar.getFirstPropertyValue('calscale'),
  events: events.length,
  uid: event.getFirstPropertyValue('uid'),
  dtstamp: time('dtstamp'),
  dtstart: time('dtstart'),
  dtend: time('dtend'),
  summary: event.getFirstPropertyValue('summary'),
  description: event.getFirstPropertyValue('description'),
  url: event.getFirstPropertyValue('url'),
  organizer: organizer ? { value: organizer.getFirstValue(), cn: organizer.getParameter('cn') } : null,
  alarms: event.getAllSubcomponents('valarm').map((alarm) => ({
    action: alarm.getFirstPropertyValue('action'),
    trigger_seconds: alarm.getFirstPropertyValue('trigger').toSeconds(),
    description: alarm.getFirstPropertyValue('description'),
  })),
}));
