"""Insights for the steering group: the gaps in provision, what people look for, data health.

What it offers, each a module of plain functions over a session (read-only; see
docs/INSIGHTS.md for what every figure means):

- ``counting``: the anonymous search counts ``run_search`` records (its own short write);
- ``suppression``: 1 to 4 people are published as "<5";
- ``scope``: the areas (local authorities) and the period a report is for;
- ``listed``: the published services, with their groupings, terms and areas, in flat queries;
- ``provision``: published services by grouping, topic, delivery mode and support type ×
  age band for each area, national services apart, and the empty cells as gaps;
- ``demand``: searches and signposting by area, topic, grouping, age band and month, and the
  unmet needs (topics and ages whose searches found no local service), ranked;
- ``health``: how fresh the listings are and who is full or closed to referrals, by grouping;
- ``checklist``: the figures that evidence each THRIVE implementation-plan item;
- ``report``: all of it at once (``build_report``) and the JSON the CLI prints;
- ``tables``: the same figures as named tables, for the page and the CSV exports;
- ``charts``: bar charts of counts of people, drawn as inline SVG on the server.
"""
