/** The embedded plan (Kế hoạch 43-KH/TU) and the bodies written to "Đơn vị" for any plan. */
export { plan43, plan43Owners } from './plan-43';
export { ownersForPlan } from './owners-for-plan';
