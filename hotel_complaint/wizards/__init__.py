from . import hotel_complaint_handover
