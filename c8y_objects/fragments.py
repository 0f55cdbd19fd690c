"""Fragments: the named parts of a Cumulocity object, untyped (`Fragment`) or typed (pydantic).

A typed fragment is a pydantic model whose class variable ``fragment_name`` names the fragment
it stands for. Field names are snake_case in Python and camelCase in JSON (``serial_number`` <->
``serialNumber``); either spelling is accepted on input, and fields the model does not declare
are kept. Use them with any object::

    obj += Hardware(model="X1", serial_number="42")      # stores c8y_Hardware
    hw = obj.fragment(Hardware)                          # validates and returns the model

Define your own by subclassing `FragmentModel` (an object fragment) or `ListFragmentModel`
(a fragment whose JSON value is an array) and setting ``fragment_name``.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, RootModel
from pydantic.alias_generators import to_camel

__all__ = [
    "ActiveAlarmsStatus",
    "Agent",
    "AvailabilityStatus",
    "Configuration",
    "Connection",
    "Firmware",
    "Fragment",
    "FragmentModel",
    "Hardware",
    "IsDevice",
    "IsDeviceGroup",
    "ListFragmentModel",
    "Mobile",
    "Position",
    "RequiredAvailability",
    "Software",
    "SoftwareItem",
    "SupportedOperations",
    "fragment_name_of",
]

T = TypeVar("T")


class Fragment:
    """An untyped fragment: a name and its elements (plain JSON values or nested dicts).

    Args:
        name: The fragment name, e.g. ``"c8y_Temperature"``.
        **elements: The fragment's elements.
    """

    __slots__ = ("items", "name")

    def __init__(self, name: str, **elements: Any) -> None:
        if not name:
            raise ValueError("a fragment needs a non-empty name")
        self.name: str = name
        self.items: dict[str, Any] = elements

    def __getitem__(self, element: str) -> Any:
        return self.items[element]

    def __setitem__(self, element: str, value: Any) -> None:
        self.items[element] = value

    def get(self, element: str, default: Any = None) -> Any:
        """Return an element, or `default` when absent."""
        return self.items.get(element, default)

    def has(self, element: str) -> bool:
        """Tell whether the fragment has the element."""
        return element in self.items

    def add_element(self, element: str, value: Any) -> Self:
        """Add (or replace) an element; returns self for chaining."""
        self.items[element] = value
        return self

    def to_json(self) -> dict[str, Any]:
        """The fragment's JSON value (its elements, not wrapped in the name)."""
        return self.items

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fragment):
            return NotImplemented
        return self.name == other.name and self.items == other.items

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Fragment({self.name!r}, {self.items!r})"


class FragmentModel(BaseModel):
    """Base of typed object fragments; subclasses set ``fragment_name``."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
    )

    fragment_name: ClassVar[str]


class ListFragmentModel(RootModel[list[T]], Generic[T]):
    """Base of typed fragments whose JSON value is an array; subclasses set ``fragment_name``."""

    fragment_name: ClassVar[str]


def fragment_name_of(model: type[BaseModel]) -> str:
    """Return the fragment name a model class stands for.

    Raises:
        TypeError: The class defines no ``fragment_name``.
    """
    name = getattr(model, "fragment_name", None)
    if not isinstance(name, str) or not name:
        raise TypeError(
            f"{model.__name__} defines no fragment_name; subclass FragmentModel or "
            "ListFragmentModel and set fragment_name (or pass name=...)"
        )
    return name


class Position(FragmentModel):
    """``c8y_Position``: where a device is (WGS84 degrees, altitude in metres)."""

    fragment_name: ClassVar[str] = "c8y_Position"
    lat: float
    lng: float
    alt: float | None = None
    accuracy: float | None = None


class Hardware(FragmentModel):
    """``c8y_Hardware``: the device's model, revision and serial number."""

    fragment_name: ClassVar[str] = "c8y_Hardware"
    model: str | None = None
    revision: str | None = None
    serial_number: str | None = None


class Firmware(FragmentModel):
    """``c8y_Firmware``: the installed firmware."""

    fragment_name: ClassVar[str] = "c8y_Firmware"
    name: str | None = None
    version: str | None = None
    url: str | None = None


class SoftwareItem(FragmentModel):
    """One entry of ``c8y_Software``."""

    fragment_name: ClassVar[str] = "c8y_Software"
    name: str
    version: str | None = None
    url: str | None = None
    software_type: str | None = None


class Software(ListFragmentModel[SoftwareItem]):
    """``c8y_Software``: the installed software packages."""

    fragment_name: ClassVar[str] = "c8y_Software"


class RequiredAvailability(FragmentModel):
    """``c8y_RequiredAvailability``: minutes within which the device must send data."""

    fragment_name: ClassVar[str] = "c8y_RequiredAvailability"
    response_interval: int


class SupportedOperations(ListFragmentModel[str]):
    """``c8y_SupportedOperations``: the operation fragments the device can execute."""

    fragment_name: ClassVar[str] = "c8y_SupportedOperations"


class IsDevice(FragmentModel):
    """``c8y_IsDevice``: marks a managed object as a device (an empty object)."""

    fragment_name: ClassVar[str] = "c8y_IsDevice"


class IsDeviceGroup(FragmentModel):
    """``c8y_IsDeviceGroup``: marks a managed object as a device group (an empty object)."""

    fragment_name: ClassVar[str] = "c8y_IsDeviceGroup"


class Agent(FragmentModel):
    """``com_cumulocity_model_Agent``: marks a device that runs an agent (an empty object)."""

    fragment_name: ClassVar[str] = "com_cumulocity_model_Agent"


class Mobile(FragmentModel):
    """``c8y_Mobile``: cellular modem and network details."""

    fragment_name: ClassVar[str] = "c8y_Mobile"
    imei: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    lac: str | None = None
    cell_id: str | None = None
    msisdn: str | None = None


class Configuration(FragmentModel):
    """``c8y_Configuration``: the device's configuration text."""

    fragment_name: ClassVar[str] = "c8y_Configuration"
    config: str | None = None


class AvailabilityStatus(FragmentModel):
    """``c8y_Availability``: the availability the platform computed (read-only)."""

    fragment_name: ClassVar[str] = "c8y_Availability"
    status: str | None = None
    last_message: str | None = None


class Connection(FragmentModel):
    """``c8y_Connection``: the connection state the platform computed (read-only)."""

    fragment_name: ClassVar[str] = "c8y_Connection"
    status: str | None = None


class ActiveAlarmsStatus(FragmentModel):
    """``c8y_ActiveAlarmsStatus``: counts of active alarms per severity (read-only)."""

    fragment_name: ClassVar[str] = "c8y_ActiveAlarmsStatus"
    critical: int = 0
    major: int = 0
    minor: int = 0
    warning: int = 0
