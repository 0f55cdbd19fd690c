from enum import StrEnum


class NotificationSubscriptionSubscriptionFilterApisItem(StrEnum):
    ALARMS = "alarms"
    ALARMSWITHCHILDREN = "alarmsWithChildren"
    EVENTS = "events"
    EVENTSWITHCHILDREN = "eventsWithChildren"
    MANAGEDOBJECTS = "managedobjects"
    MEASUREMENTS = "measurements"
    OPERATIONS = "operations"
    VALUE_7 = "*"

    def __str__(self) -> str:
        return str(self.value)
