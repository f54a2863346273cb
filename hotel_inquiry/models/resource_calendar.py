# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The hotel's working time, read on every complex inquiry (I3.5): the work
intervals of a calendar (attendances less its public holidays) of the two
weeks from a day, cached, so that an inquiry's answer time is planned in
Python without reading the calendar, its attendances and its leaves again."""

from datetime import datetime, time, timedelta

from pytz import utc

from odoo import api, models, tools

# The window the cache holds from the day an inquiry is received: the one
# resource.calendar's plan_hours looks at first.
WINDOW = timedelta(days=14)


class ResourceCalendar(models.Model):
    _name = "resource.calendar"
    _inherit = ["resource.calendar", "hotel.inquiry.cached.config"]

    @tools.ormcache("self.id", "day", "self.env.context.get('employee_timezone')")
    def _hotel_work_window(self, day):
        """``(hours per day, ((start, stop), ...))``: the work intervals,
        leaves counted (as ``plan_hours(compute_leaves=True)`` counts them),
        from ``day`` at midnight UTC over ``WINDOW``, as aware datetimes."""
        start = datetime.combine(day, time.min, tzinfo=utc)
        # sudo: a cache shared by every user of the hotel; its working time
        # and public holidays are configuration.
        calendar = self.sudo()
        intervals = calendar._work_intervals_batch(start, start + WINDOW)[False]
        return calendar.hours_per_day, tuple(
            (begin, stop) for begin, stop, _meta in intervals
        )

    def _hotel_plan_hours(self, hours, start):
        """What ``plan_hours(hours, start, compute_leaves=True)`` returns
        (naive UTC ``start``), from the cached window of ``start``'s day;
        beyond that window, ``plan_hours`` itself."""
        self.ensure_one()
        aware = utc.localize(start)
        remaining = hours
        for begin, stop in self._hotel_work_window(start.date())[1]:
            if stop <= aware:
                continue
            begin = max(begin, aware)
            interval_hours = (stop - begin).total_seconds() / 3600
            if remaining <= interval_hours:
                return (
                    (begin + timedelta(hours=remaining))
                    .astimezone(utc)
                    .replace(tzinfo=None)
                )
            remaining -= interval_hours
        return self.plan_hours(hours, start, compute_leaves=True)


class ResourceCalendarAttendance(models.Model):
    _name = "resource.calendar.attendance"
    _inherit = ["resource.calendar.attendance", "hotel.inquiry.cached.config"]
    # A change of working hours clears the cached windows (the mixin).


class ResourceCalendarLeaves(models.Model):
    _inherit = "resource.calendar.leaves"

    # A calendar's own leaves (public holidays, closures: no resource) are in
    # the cached windows; a person's time off is not.

    @api.model_create_multi
    def create(self, vals_list):
        leaves = super().create(vals_list)
        if not all(leave.resource_id for leave in leaves):
            self.env.registry.clear_cache()
        return leaves

    def write(self, vals):
        clear = not all(leave.resource_id for leave in self)
        res = super().write(vals)
        if clear or not all(leave.resource_id for leave in self):
            self.env.registry.clear_cache()
        return res

    def unlink(self):
        clear = not all(leave.resource_id for leave in self)
        res = super().unlink()
        if clear:
            self.env.registry.clear_cache()
        return res
