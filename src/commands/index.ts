// Ribbon buttons (ExecuteFunction) are wired in ./commands once the services exist.
export {};
