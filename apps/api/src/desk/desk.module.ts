import { Module } from '@nestjs/common';
import { DeskQueryController } from './desk.query.controller.js';

@Module({ controllers: [DeskQueryController] })
export class DeskModule {}
