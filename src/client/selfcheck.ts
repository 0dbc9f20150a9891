/** The law map's self-check: ticks saved on this device (upgraded in a later step). */
export {};
